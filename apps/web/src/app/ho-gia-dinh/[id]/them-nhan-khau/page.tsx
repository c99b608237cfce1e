// Adding a person found living in a household.
import { NewPersonForm } from "../../../../components/register/forms/new-person-form";
import { WriterPage } from "../../../../components/register/forms/writer-page";

export default async function NewPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WriterPage path={`/ho-gia-dinh/${id}/them-nhan-khau`}><NewPersonForm householdId={id} /></WriterPage>;
}
