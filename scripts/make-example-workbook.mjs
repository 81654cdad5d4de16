// Builds the bundled example, assets/exempel-socialnamnden-2024-04.xlsx: the Lomma T1 2024 fixture
// (tests/fixtures/lomma-2024-04.xlsx) plus an investments sheet whose totals are the published ones
// (periodens utfall 0, prognos 1 500, budget 2 500 tkr; the split per level is made up).
// Run: node scripts/make-example-workbook.mjs
import ExcelJS from "exceljs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(join(root, "tests", "fixtures", "lomma-2024-04.xlsx"));
const sheet = workbook.addWorksheet("Investeringar");
const rows = [
  ["Socialnämnden – investeringar 2024"],
  ["Belopp i tkr"],
  [],
  ["Anslagsbindningsnivå", "Projekt", "Utfall jan–apr 2024", "Prognos helår", "Budget 2024"],
  ["Hälsa, vård och omsorg", "Vårdsängar och madrasser", 0, 700, 1200],
  ["Hälsa, vård och omsorg", "Hjälpmedel", 0, 300, 600],
  ["Individ- och familjeomsorg", "Ljuddämpning i lokaler", 0, 200, 300],
  ["LSS", "Verksamhetsanpassning daglig verksamhet", 0, 300, 400],
];
rows.forEach((values, i) => {
  values.forEach((v, c) => {
    sheet.getCell(i + 1, c + 1).value = v;
  });
});
sheet.getColumn(1).width = 28;
sheet.getColumn(2).width = 40;
for (const c of [3, 4, 5]) sheet.getColumn(c).width = 18;
await workbook.xlsx.writeFile(join(root, "assets", "exempel-socialnamnden-2024-04.xlsx"));
console.log("Skrev assets/exempel-socialnamnden-2024-04.xlsx");
