// The GraphQL documents of the map page (typed by graphql-codegen).
import { graphql } from "../../generated/gql";

/** A unit of a layer, as both maps draw it (layer-panel.tsx). */
export const MapUnitFields = graphql(`
  fragment MapUnitFields on MapUnit {
    code
    name
    value
    numerator
    denominator
    bubble
    estimated
    inScope
    suppressed
  }
`);

/** An indicator as both maps offer and label it. */
export const MapIndicatorFields = graphql(`
  fragment MapIndicatorFields on Indicator {
    code
    name
    nameEn
    theme
    unitLabel
    unitLabelEn
    decimals
  }
`);

export const MapStartQuery = graphql(`
  query MapStart {
    me {
      permissions
      unit {
        code
        level
        tree {
          id
        }
        parent {
          code
        }
      }
    }
    indicators {
      ...MapIndicatorFields
    }
  }
`);

export const MapLayerQuery = graphql(`
  query MapLayer($indicator: String!, $period: String!, $within: String!, $level: Int, $bubble: String) {
    mapLayer(indicator: $indicator, period: $period, within: $within, level: $level, bubble: $bubble) {
      period
      tree {
        id
        name
        nameEn
      }
      within {
        code
        name
        level
        ancestors {
          code
          name
          level
        }
      }
      level
      levelsBelow
      boundaries
      outline
      units {
        ...MapUnitFields
      }
    }
  }
`);
