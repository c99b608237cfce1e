// The GraphQL documents of the reports workspace (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

// A stored version as the page shows it. The workflow's mutations answer with the same
// fields, so Apollo's cache updates the version in place: its status changes on screen
// without recomputing the whole report.
export const ReportVersionFields = graphql(`
  fragment ReportVersionFields on Report {
    id
    version
    status
    generatedAt
    approvedAt
    approvedBy {
      fullName
    }
    signedAt
    contentHash
    correctionReason
    pdfUrl
    xlsxUrl
    csvUrl
  }
`);

export const WorkspaceQuery = graphql(`
  query ReportsWorkspace {
    me {
      role
      permissions
      unit {
        code
        name
        level
        validTo
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
    reportForms {
      code
      name
      nameEn
      level
      periodKind
      confirmed
    }
  }
`);

export const LiveReportQuery = graphql(`
  query LiveReport($form: String!, $unit: String!, $period: String!) {
    report(form: $form, unitCode: $unit, period: $period) {
      table {
        period
        periodLabel
        form {
          code
          name
          nameEn
          confirmed
          note
          noteEn
        }
        unit {
          code
          name
        }
        columns {
          code
          name
          estimated
        }
        lines {
          kind
          number
          label
          labelEn
          indicator
          depth
          unitLabel
          unitLabelEn
          decimals
          confirmed
          values
        }
      }
      versions {
        ...ReportVersionFields
      }
    }
  }
`);

export const GenerateReport = graphql(`
  mutation GenerateReport($form: String!, $unit: String!, $period: String!) {
    generateReport(form: $form, unitCode: $unit, period: $period) {
      id
    }
  }
`);

export const ApproveReport = graphql(`
  mutation ApproveReport($id: ID!) {
    approveReport(id: $id) {
      ...ReportVersionFields
      supersedes {
        id
        status
      }
    }
  }
`);

export const SignReport = graphql(`
  mutation SignReport($id: ID!) {
    signReport(id: $id) {
      ...ReportVersionFields
    }
  }
`);

export const PublishReport = graphql(`
  mutation PublishReport($id: ID!) {
    publishReport(id: $id) {
      ...ReportVersionFields
    }
  }
`);

export const SupersedeReport = graphql(`
  mutation SupersedeReport($id: ID!, $reason: String!) {
    supersedeReport(id: $id, reason: $reason) {
      id
    }
  }
`);
