// A household sheet of the register (audited by the API when opened).
import { redirect } from "next/navigation";
import { viewerActions } from "../../../auth/viewer-actions";
import { HouseholdSheet } from "../../../components/register/household-sheet";

export default async function HouseholdPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ id }, { saved }, actions] = await Promise.all([params, searchParams, viewerActions()]);
  if (!actions) redirect(`/dang-nhap?callbackUrl=/ho-gia-dinh/${encodeURIComponent(id)}`);
  return <HouseholdSheet id={id} canWrite={actions.includes("register.write")} saved={saved === "1"} />;
}
