// Checks of a request's input that answer 400 before anything runs: no NUL character
// anywhere (PostgreSQL text cannot hold one, so it would fail deep in a query as a 500), and
// the page size and cursor of every connection field, literal or in variables, at any depth
// (otherwise a bad cursor fails in its resolver, answered with HTTP 200, and one beyond the
// ids' range fails in PostgreSQL).
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import {
  Kind,
  valueFromASTUntyped,
  visit,
  type ArgumentNode,
  type DefinitionNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { GraphQLContext } from "../context.js";
import { ApiError } from "../errors.js";
import { BIGINT_ID_CONNECTIONS, decodeCursor, MAX_BIGINT_ID, MAX_INT_ID, pageSize } from "../pagination.js";

export const nulRefused = () =>
  new ApiError(
    "BAD_USER_INPUT",
    "Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL, mã \\u0000): hãy xóa ký tự đó rồi gửi lại.",
    "The request contains an invalid character (NUL, \\u0000): remove it and send again.",
  );

/** Whether a string, or any key or string inside a JSON value, holds a NUL character. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  // JSON from a request nests as deep as its text allows; 100 levels is far beyond any input
  // of ours, and refusing deeper ones keeps the walk bounded.
  if (depth > 100) return true;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.entries(value).some(([k, v]) => k.includes("\u0000") || containsNul(v, depth + 1));
  }
  return false;
}

type Variables = Record<string, unknown>;

/** The value of an argument as the request gives it: a literal, or a variable's value (or its default). */
function argumentValue(node: ValueNode, variables: Variables, defaults: Map<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    return name in variables ? variables[name] : defaults.get(name);
  }
  return valueFromASTUntyped(node, variables);
}

function checkConnectionField(field: FieldNode, connection: string, variables: Variables, defaults: Map<string, unknown>): void {
  const arg = (name: string): ArgumentNode | undefined => field.arguments?.find((a) => a.name.value === name);
  const first = arg("first");
  if (first) {
    const value = argumentValue(first.value, variables, defaults);
    // A value of the wrong type is left to GraphQL's own coercion error.
    if (typeof value === "number") pageSize(value);
  }
  const after = arg("after");
  if (after) {
    const value = argumentValue(after.value, variables, defaults);
    if (typeof value === "string") decodeCursor(value, BIGINT_ID_CONNECTIONS.has(connection) ? MAX_BIGINT_ID : MAX_INT_ID);
  }
}

// The schema's types are read by shape (getFields, ofType, name), never with graphql's
// instanceof helpers: Apollo, the schema and this file may each hold another copy of graphql
// (CommonJS and ESM), and those helpers refuse a type made by another copy.
interface TypeLike {
  name?: string;
  ofType?: TypeLike | null;
  getFields?: () => Record<string, { type: TypeLike }>;
}

const namedType = (type: TypeLike): TypeLike => {
  let t = type;
  while (t.ofType) t = t.ofType;
  return t;
};

function walk(schema: GraphQLSchema, parent: TypeLike | null | undefined, selections: SelectionSetNode, check: (field: FieldNode, connection: string) => void): void {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = parent?.getFields?.()[selection.name.value];
      const type = field ? namedType(field.type) : undefined;
      if (type?.name?.endsWith("Connection")) check(selection, type.name);
      if (selection.selectionSet) walk(schema, type, selection.selectionSet, check);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as TypeLike | undefined) : parent;
      walk(schema, type, selection.selectionSet, check);
    }
    // Fragment spreads: their definitions are walked on their own.
  }
}

/** The root type an operation or fragment definition starts from. */
function rootOf(schema: GraphQLSchema, definition: DefinitionNode): TypeLike | null | undefined {
  if (definition.kind === Kind.FRAGMENT_DEFINITION) return schema.getType(definition.typeCondition.name.value) as TypeLike | undefined;
  if (definition.kind !== Kind.OPERATION_DEFINITION) return null;
  if (definition.operation === "mutation") return schema.getMutationType() as TypeLike | null;
  if (definition.operation === "subscription") return schema.getSubscriptionType() as TypeLike | null;
  return schema.getQueryType() as TypeLike | null;
}

/** Throws the ApiError of the first input the request must not run with. */
export function checkOperation(
  schema: GraphQLSchema,
  definitions: readonly DefinitionNode[],
  variables: Variables,
  defaults: Map<string, unknown>,
): void {
  for (const definition of definitions) {
    // Strings written in the query, "\u0000" escapes included (parsed by now).
    visit(definition, {
      StringValue(value) {
        if (value.value.includes("\u0000")) throw nulRefused();
      },
    });
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      walk(schema, rootOf(schema, definition), definition.selectionSet, (field, connection) => checkConnectionField(field, connection, variables, defaults));
    }
  }
}

function check(rc: GraphQLRequestContextDidResolveOperation<GraphQLContext>): void {
  const variables = rc.request.variables ?? {};
  if (containsNul(rc.request.query) || containsNul(variables) || containsNul(rc.request.operationName)) throw nulRefused();
  const operation = rc.operation;
  if (!operation) return; // Apollo refuses a request whose operation it could not choose.
  const defaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
  }
  const fragments = rc.document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  checkOperation(rc.schema, [operation, ...fragments], variables, defaults);
}

/**
 * The plugin. Its errors are our ApiErrors, mapped to GraphQL errors by the server's
 * formatError like any resolver's; the status is set here, since Apollo answers an error
 * thrown at this stage with 500 unless told otherwise.
 */
export const requestChecksPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation(rc) {
        try {
          check(rc);
        } catch (error) {
          if (error instanceof ApiError) rc.response.http.status = 400;
          throw error;
        }
      },
    };
  },
};
