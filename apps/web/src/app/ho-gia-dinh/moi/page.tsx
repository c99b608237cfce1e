// Opening a new household sheet in one of the writer's areas.
import { getTranslations } from "next-intl/server";
import { NewHouseholdForm } from "../../../components/register/forms/new-household-form";
import { WriterPage } from "../../../components/register/forms/writer-page";

export default async function NewHouseholdPage() {
  const f = await getTranslations("RegisterForm");
  return (
    <WriterPage path="/ho-gia-dinh/moi">
      <h1 className="text-3xl font-bold text-brand-900">{f("newHouseholdTitle")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{f("newHouseholdIntro")}</p>
      <NewHouseholdForm />
    </WriterPage>
  );
}
