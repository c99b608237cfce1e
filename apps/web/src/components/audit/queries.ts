// The GraphQL documents of the audit page (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

export const AuditViewerQuery = graphql(`
  query AuditViewer {
    me {
      permissions
      unit {
        code
        name
        level
        validTo
      }
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($unit: String!, $date: Date, $filter: AuditFilter, $after: String) {
    auditLog(unitCode: $unit, date: $date, filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          login
          user {
            fullName
          }
          action
          kind
          entityType
          entityId
          unitPath
          unitName
          ip
          details
        }
      }
    }
  }
`);
