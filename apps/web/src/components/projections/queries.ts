// The GraphQL documents of the projections page (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

export const ProjectionsWorkspaceQuery = graphql(`
  query ProjectionsWorkspace {
    me {
      permissions
      unit {
        code
        name
        level
        children(first: 200) {
          edges {
            node {
              code
              name
              level
            }
          }
        }
      }
    }
  }
`);

export const SavedProjectionsQuery = graphql(`
  query SavedProjections {
    savedProjections {
      id
      name
      createdAt
      createdBy
      report {
        id
        period
        version
        form {
          code
        }
      }
      projection {
        unit {
          code
          name
        }
        baseYear
        horizon
        scenario
      }
    }
  }
`);

export const SexMortalityFields = graphql(`
  fragment SexMortalityFields on SexMortality {
    source
    smr
    e0
    deaths
    exposure
    rates
  }
`);

export const ProjectionFields = graphql(`
  fragment ProjectionFields on Projection {
    unit {
      code
      name
    }
    baseYear
    horizon
    scenario
    overrides {
      tfrPath {
        year
        tfr
      }
      srb
      e0Male
      e0Female
      migrationFactor
    }
    inputs {
      baseYear
      observedYears
      estimated
      basePopulation
      fertilityGroups
      asfr
      tfr
      births
      srb
      srbObserved
      srbSource
      lifeTableGroups
      netMigrants
      male {
        ...SexMortalityFields
      }
      female {
        ...SexMortalityFields
      }
    }
    years {
      year
      total
      male
      female
      births
      deaths
      netMigration
      tfr
      dependencyRatio
      childDependencyRatio
      oldAgeDependencyRatio
      ageingIndex
      medianAge
      grade1
      primarySchool
      lowerSecondary
      upperSecondary
      militaryAge
      elderly60
      elderly80
      populationMale
      populationFemale
    }
    scenarios {
      scenario
      totals
    }
  }
`);

export const RunProjection = graphql(`
  query RunProjection($unit: String!, $baseYear: Int!, $horizon: Int!, $scenario: ProjectionScenario!, $overrides: ProjectionOverridesInput) {
    projection(unitCode: $unit, baseYear: $baseYear, horizon: $horizon, scenario: $scenario, overrides: $overrides) {
      ...ProjectionFields
    }
  }
`);

export const SavedProjectionQuery = graphql(`
  query SavedProjection($id: ID!) {
    savedProjection(id: $id) {
      id
      name
      projection {
        ...ProjectionFields
      }
    }
  }
`);

export const UnitReportsQuery = graphql(`
  query UnitReports($unit: String!) {
    reports(unitCode: $unit, first: 30) {
      edges {
        node {
          id
          period
          version
          status
          unit {
            code
          }
          form {
            code
            name
          }
        }
      }
    }
  }
`);

export const SaveProjection = graphql(`
  mutation SaveProjection(
    $name: String!
    $unit: String!
    $baseYear: Int!
    $horizon: Int!
    $scenario: ProjectionScenario!
    $overrides: ProjectionOverridesInput
    $reportId: ID
  ) {
    saveProjection(name: $name, unitCode: $unit, baseYear: $baseYear, horizon: $horizon, scenario: $scenario, overrides: $overrides, reportId: $reportId) {
      id
      name
    }
  }
`);
