// The GraphQL documents of the register's forms (typed by graphql-codegen).
import { graphql } from "../../../generated/gql";

export const PersonEditQuery = graphql(`
  query PersonEdit($id: ID!) {
    person(id: $id) {
      id
      fullName
      sex
      birthDate
      ethnicity {
        code
      }
      education
      maritalStatus
      relationToHead
      residenceStatus
      cccd
      insuranceNumber
      alive
      version
      household {
        id
        code
      }
    }
  }
`);

export const HouseholdEditQuery = graphql(`
  query HouseholdEdit($id: ID!) {
    household(id: $id) {
      id
      code
      address
      type
      status
      version
      area {
        code
        name
      }
      head {
        id
      }
      unit {
        code
        name
        areas {
          code
          name
        }
      }
      members {
        id
        fullName
        relationToHead
        residenceStatus
      }
    }
  }
`);

export const WriterAreasQuery = graphql(`
  query WriterAreas {
    me {
      role
      unit {
        code
        name
        areas {
          code
          name
        }
      }
      area {
        code
        name
      }
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $version: Int!, $base: PersonFieldsInput!, $changes: PersonFieldsInput!) {
    updatePerson(id: $id, version: $version, base: $base, changes: $changes) {
      person {
        id
        version
      }
    }
  }
`);

export const UpdateHouseholdMutation = graphql(`
  mutation UpdateHousehold($id: ID!, $version: Int!, $base: HouseholdFieldsInput!, $changes: HouseholdFieldsInput!) {
    updateHousehold(id: $id, version: $version, base: $base, changes: $changes) {
      household {
        id
        version
      }
    }
  }
`);

export const CreateHouseholdMutation = graphql(`
  mutation CreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      household {
        id
        code
      }
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($householdId: ID!, $person: PersonInput!, $since: Date) {
    createPerson(householdId: $householdId, person: $person, since: $since) {
      person {
        id
      }
    }
  }
`);
