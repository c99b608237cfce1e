// Correcting a household's header (audited by the API when saved).
import { HouseholdEditForm } from "../../../../components/register/forms/household-edit-form";
import { WriterPage } from "../../../../components/register/forms/writer-page";

export default async function EditHouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WriterPage path={`/ho-gia-dinh/${id}/sua`}><HouseholdEditForm id={id} /></WriterPage>;
}
