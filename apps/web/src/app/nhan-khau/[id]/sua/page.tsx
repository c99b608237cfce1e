// Correcting a person's details (audited by the API when saved).
import { PersonEditForm } from "../../../../components/register/forms/person-edit-form";
import { WriterPage } from "../../../../components/register/forms/writer-page";

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WriterPage path={`/nhan-khau/${id}/sua`}><PersonEditForm id={id} /></WriterPage>;
}
