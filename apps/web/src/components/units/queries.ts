// The GraphQL documents of the units page (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

export const UnitSearchQuery = graphql(`
  query UnitSearch($search: String, $date: Date, $level: Int) {
    units(search: $search, date: $date, level: $level, first: 30) {
      totalCount
      edges {
        node {
          code
          name
          levelName
          tree {
            id
            name
            nameEn
          }
          parent {
            name
          }
        }
      }
    }
  }
`);

export const UnitDetailQuery = graphql(`
  query UnitDetail($code: String!, $date: Date) {
    unit(code: $code, date: $date) {
      code
      name
      type
      typeEn
      levelName
      levelNameEn
      validFrom
      validTo
      tree {
        id
        name
        nameEn
      }
      ancestors {
        code
        name
      }
      predecessors {
        kind
        share
        effectiveOn
        legalBasis
        unit {
          code
          name
          validFrom
          parent {
            name
          }
        }
      }
      successors {
        kind
        share
        effectiveOn
        unit {
          code
          name
          validFrom
          parent {
            name
          }
        }
      }
      children(first: 500) {
        totalCount
        edges {
          node {
            code
            name
          }
        }
      }
    }
  }
`);

/** The units directly under one, for the cascading unit picker (valid on `date`, default today). */
export const ChildUnitsQuery = graphql(`
  query ChildUnits($parent: String!, $date: Date) {
    units(parentCode: $parent, date: $date, first: 500) {
      edges {
        node {
          code
          name
          level
        }
      }
    }
  }
`);

/** A commune's collaborator areas (names repeat in merged wards: shown with their codes). */
export const UnitAreasQuery = graphql(`
  query UnitAreas($code: String!) {
    unit(code: $code) {
      code
      areas {
        code
        name
      }
    }
  }
`);
