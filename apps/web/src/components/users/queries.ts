// The GraphQL documents of the user administration page (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

export const AdminViewerQuery = graphql(`
  query AdminViewer {
    me {
      id
      permissions
      unit {
        code
        name
        level
      }
    }
  }
`);

export const AccountFields = graphql(`
  fragment AccountFields on UserAccount {
    id
    login
    fullName
    role
    active
    oneTimeCodeUntil
    lastLoginAt
    unit {
      code
      name
      level
      validTo
      ancestors {
        code
        name
        level
      }
    }
    area {
      code
      name
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($unit: String!, $search: String, $after: String) {
    users(unitCode: $unit, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AccountFields
        }
      }
    }
  }
`);

export const FormerUnitAccountsQuery = graphql(`
  query FormerUnitAccounts {
    accountsOnFormerUnits(first: 50) {
      totalCount
      edges {
        node {
          ...AccountFields
        }
      }
    }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      code
      validUntil
      account {
        ...AccountFields
      }
    }
  }
`);

export const UpdateUser = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...AccountFields
    }
  }
`);

export const ResetUserPassword = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      code
      validUntil
      account {
        ...AccountFields
      }
    }
  }
`);
