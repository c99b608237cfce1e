// The register's forms are for those who write the register (commune officers and
// collaborators): others are sent to sign in, or told so, before any form is drawn.
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { viewerActions } from "../../../auth/viewer-actions";
import { Alert } from "../../alert";

export async function WriterPage({ path, children }: { path: string; children: ReactNode }) {
  const actions = await viewerActions();
  if (!actions) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
  if (actions.includes("register.write")) return children;
  const f = await getTranslations("RegisterForm");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{f("notWriterTitle")}</h1>
      <Alert className="mt-4 max-w-3xl">{f("notWriter")}</Alert>
    </>
  );
}
