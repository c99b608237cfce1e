"use client";
// The signed-in user's account: role, unit and what the role allows, read through the
// GraphQL API with a document typed by graphql-codegen.
import { useSyncExternalStore } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { ROLE_LABELS } from "@danso/domain";
import { graphql } from "../generated/gql";
import { useLabel } from "./use-label";
import { ApiAlert } from "./alert";
import type messages from "../../messages/vi.json";

type IntlMessages = typeof messages;

export const AccountQuery = graphql(`
  query Account {
    me {
      login
      fullName
      role
      permissions
      unit {
        name
        ancestors {
          name
        }
      }
      area {
        name
      }
    }
  }
`);

const noSubscription = () => () => {};

type PermissionKey = keyof IntlMessages["Account"]["permission"];

export function AccountPanel() {
  const t = useTranslations("Account");
  const label = useLabel();
  // Only in the browser: the server render has no session cookie to send.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const { data, loading, error } = useQuery(AccountQuery, { skip: !mounted, fetchPolicy: "network-only" });

  if (!mounted || loading) return <p aria-live="polite">{t("loading")}</p>;
  if (error) return <ApiAlert error={error} />;
  const me = data?.me;
  if (!me) return <p>{t("notSignedIn")}</p>;
  const place = [...me.unit.ancestors.map((a) => a.name).filter((n) => n !== "Việt Nam"), me.unit.name].reverse().join(", ");
  return (
    <dl className="mt-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-3">
      <dt className="font-semibold">{t("name")}</dt>
      <dd data-testid="account-name">{me.fullName}</dd>
      <dt className="font-semibold">{t("login")}</dt>
      <dd>{me.login}</dd>
      <dt className="font-semibold">{t("role")}</dt>
      <dd data-testid="account-role">{label(ROLE_LABELS[me.role])}</dd>
      <dt className="font-semibold">{t("unit")}</dt>
      <dd data-testid="account-unit">{place}</dd>
      {me.area && (
        <>
          <dt className="font-semibold">{t("area")}</dt>
          <dd>{me.area.name}</dd>
        </>
      )}
      <dt className="font-semibold">{t("permissions")}</dt>
      <dd>
        <ul className="list-disc pl-5">
          {me.permissions.map((p) => (
            <li key={p}>{t(`permission.${p.replace(".", "_") as PermissionKey}`)}</li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
