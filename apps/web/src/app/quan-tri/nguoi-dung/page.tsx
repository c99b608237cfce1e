// User administration: system administrators manage the accounts of their unit. Anyone
// else who types the address is told plainly that it is not theirs (the API refuses too).
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { authOptions } from "../../../auth/options";
import { viewerActions } from "../../../auth/viewer-actions";
import { UsersWorkspace } from "../../../components/users/users-workspace";

export default async function UsersPage() {
  if (!(await getServerSession(authOptions))) redirect("/dang-nhap?callbackUrl=/quan-tri/nguoi-dung");
  const [t, actions] = await Promise.all([getTranslations("Users"), viewerActions()]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {actions?.includes("user.manage") ? (
        <>
          <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
          <UsersWorkspace />
        </>
      ) : (
        <p role="alert" className="mt-6 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{t("noPermission")}</p>
      )}
    </>
  );
}
