// A person's sheet of the register (audited by the API when opened).
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "../../../auth/options";
import { PersonSheet } from "../../../components/register/person-sheet";

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await getServerSession(authOptions))) redirect(`/dang-nhap?callbackUrl=/nhan-khau/${encodeURIComponent(id)}`);
  return <PersonSheet id={id} />;
}
