// The officer's workspace home: their unit (or one below, ?ma=code) at a glance.
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "../../auth/options";
import { WorkspaceHome } from "../../components/workspace/workspace-home";

const CODE = /^[0-9A-Za-z.]{1,30}$/;

export default async function WorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await getServerSession(authOptions))) redirect("/dang-nhap?callbackUrl=/lam-viec");
  const { ma } = await searchParams;
  const code = typeof ma === "string" && CODE.test(ma) ? ma : undefined;
  return <WorkspaceHome key={code ?? ""} unitCode={code} />;
}
