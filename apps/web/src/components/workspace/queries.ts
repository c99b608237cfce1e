// The GraphQL documents of the workspace home (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

export const WorkspaceHomeQuery = graphql(`
  query WorkspaceHome($unit: String) {
    me {
      permissions
      unit {
        path
      }
    }
    workspace(unitCode: $unit) {
      asOf
      unit {
        code
        name
        path
        levelName
        levelNameEn
        validTo
        ancestors {
          code
          name
          path
        }
      }
      month {
        ...KeyFigurePeriodFields
      }
      year {
        ...KeyFigurePeriodFields
      }
      work {
        changesToVerify
        reportsToApprove
        reportsToPublish
        lateMonth
        lateCommunes
      }
      subunits {
        unit {
          code
          name
          levelName
          levelNameEn
        }
        population
        births
      }
    }
  }
`);

export const KeyFigurePeriodFields = graphql(`
  fragment KeyFigurePeriodFields on KeyFigurePeriod {
    kind
    from
    to
    previousFrom
    previousTo
    figures {
      indicator {
        code
        name
        nameEn
        unitLabel
        decimals
      }
      value
      previous
    }
  }
`);
