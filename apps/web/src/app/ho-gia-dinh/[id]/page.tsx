// A household sheet of the register (audited by the API when opened).
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "../../../auth/options";
import { HouseholdSheet } from "../../../components/register/household-sheet";

export default async function HouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await getServerSession(authOptions))) redirect(`/dang-nhap?callbackUrl=/ho-gia-dinh/${encodeURIComponent(id)}`);
  return <HouseholdSheet id={id} />;
}
