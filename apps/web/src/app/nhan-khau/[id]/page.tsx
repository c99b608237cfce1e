// A person's sheet of the register (audited by the API when opened).
import { redirect } from "next/navigation";
import { viewerActions } from "../../../auth/viewer-actions";
import { PersonSheet } from "../../../components/register/person-sheet";

export default async function PersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ id }, { saved }, actions] = await Promise.all([params, searchParams, viewerActions()]);
  if (!actions) redirect(`/dang-nhap?callbackUrl=/nhan-khau/${encodeURIComponent(id)}`);
  return <PersonSheet id={id} canWrite={actions.includes("register.write")} saved={saved === "1"} />;
}
