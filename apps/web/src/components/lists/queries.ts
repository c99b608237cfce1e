// The GraphQL documents of the lists page (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

export const ListsWorkspaceQuery = graphql(`
  query ListsWorkspace {
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
    personLists {
      code
      name
      nameEn
      recipient
      recipientEn
      rule
      ruleEn
      basis
      basisEn
    }
  }
`);

export const PersonListQuery = graphql(`
  query PersonListPreview($code: String!, $unit: String!, $date: Date, $after: String) {
    personList(code: $code, unitCode: $unit, referenceDate: $date, first: 50, after: $after) {
      totalCount
      referenceDate
      unit {
        code
        name
      }
      definition {
        code
        columns {
          key
          label
          labelEn
        }
      }
      byChild {
        name
        code
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fullName
          sex
          birthDate
          age
          cccd
          insuranceNumber
          householdCode
          address
          commune
          headName
          motherName
          fatherName
          studyDeferredUntil
        }
      }
    }
  }
`);
