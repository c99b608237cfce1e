// The GraphQL documents of the verification queue (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

export const VerificationQueueQuery = graphql(`
  query VerificationQueue($unit: String!) {
    changeEvents(unitCode: $unit, status: SUBMITTED, first: 50) {
      totalCount
      edges {
        node {
          ...QueueLine
        }
      }
    }
    pendingArrivals(unitCode: $unit) {
      personId
      fullName
      sex
      birthDate
      cccd
      movedOn
      origin {
        code
        name
      }
    }
  }
`);

export const QueueLineFields = graphql(`
  fragment QueueLine on ChangeEvent {
    id
    type
    typeLabel
    occurredOn
    payload
    submittedAt
    recordedBy {
      login
      fullName
    }
    household {
      id
      code
      address
    }
    person {
      id
      fullName
      sex
      birthDate
      maritalStatus
      education
      contraception {
        method
        validTo
      }
    }
  }
`);

export const VerifyMutation = graphql(`
  mutation VerifyChange($id: ID!) {
    verifyChangeEvent(id: $id) {
      changeEvent {
        id
        status
      }
    }
  }
`);

export const RejectMutation = graphql(`
  mutation RejectChange($id: ID!, $reason: String!) {
    rejectChangeEvent(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
