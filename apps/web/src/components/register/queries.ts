// The GraphQL documents of the register screens (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

export const RegisterScopeQuery = graphql(`
  query RegisterScope($unit: String!) {
    me {
      unit {
        code
        name
        children(first: 300) {
          edges {
            node {
              code
              name
            }
          }
        }
      }
    }
    unit(code: $unit) {
      code
      name
      level
      areas {
        code
        name
      }
    }
  }
`);

export const PersonSearchQuery = graphql(`
  query PersonSearch($unit: String!, $area: String, $filter: PersonFilter, $cccd: String, $household: String, $after: String) {
    persons(unitCode: $unit, areaCode: $area, filter: $filter, cccd: $cccd, householdCode: $household, first: 25, after: $after) {
      totalCount
      totalCountIsExact
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
          residenceStatus
          cccd
          household {
            id
            code
            address
          }
        }
      }
    }
  }
`);

export const HouseholdSearchQuery = graphql(`
  query HouseholdSearch($unit: String!, $area: String, $search: String, $after: String) {
    households(unitCode: $unit, areaCode: $area, search: $search, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          address
          area {
            code
            name
          }
          head {
            fullName
          }
          members {
            id
          }
        }
      }
    }
  }
`);

export const HouseholdSheetQuery = graphql(`
  query HouseholdSheet($id: ID!) {
    household(id: $id) {
      id
      code
      address
      type
      status
      establishedOn
      dissolvedOn
      version
      updatedAt
      updatedBy {
        login
        fullName
      }
      unit {
        code
        name
      }
      area {
        code
        name
        collaboratorName
      }
      members {
        id
        fullName
        relationToHead
        birthDate
        sex
        ethnicity {
          name
        }
        education
        maritalStatus
        residenceStatus
        contraception {
          method
          methodLabel
          validFrom
          validTo
        }
        events {
          ...EventLine
        }
      }
      readdresses {
        effectiveOn
        from {
          code
          name
        }
        to {
          code
          name
        }
      }
    }
  }
`);

export const EventLineFields = graphql(`
  fragment EventLine on ChangeEvent {
    id
    type
    typeLabel
    status
    occurredOn
    rejectionReason
    person {
      id
      fullName
    }
  }
`);

export const PersonSheetQuery = graphql(`
  query PersonSheet($id: ID!) {
    person(id: $id) {
      id
      fullName
      sex
      birthDate
      age
      alive
      deathDate
      cccd
      insuranceNumber
      birthOrder
      ethnicity {
        name
      }
      education
      maritalStatus
      relationToHead
      residenceStatus
      version
      updatedAt
      household {
        id
        code
        address
      }
      mother {
        id
        fullName
      }
      father {
        id
        fullName
      }
      residences {
        id
        validFrom
        validTo
        startReason
        endReason
        household {
          id
          code
        }
        unit {
          code
          name
        }
      }
      events {
        ...EventLine
      }
      marriages {
        id
        marriedOn
        endedOn
        husband {
          id
          fullName
        }
        wife {
          id
          fullName
        }
      }
      contraception {
        id
        method
        methodLabel
        validFrom
        validTo
      }
    }
  }
`);
