// The data the end-to-end tests run against: two provinces (Hải Dương, Hải Phòng) of the
// synthetic population at 1 % of their size, with the demo accounts.
import { seedPopulation } from "@danso/db/admin";
import { todayInVietnam } from "@danso/domain";

export async function seedForE2E(url: string): Promise<void> {
  await seedPopulation(url, { provinces: ["30", "31"], scale: 0.01, seed: 1, today: todayInVietnam() }, () => {});
}
