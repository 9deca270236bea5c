import type { OrgKey } from './organisations';
import { SKILLS, type SkillName } from './skills';

/**
 * The occupations the demo employers hire for: ESCO occupation URI (in the demo taxonomy), ISCO-08 unit
 * group, a Spanish job title, a sector code, the skills a posting asks for (a realistic handful of the
 * occupation's ESCO essential skills) and who offers such jobs.
 */
export interface DemoOccupation {
  key: string;
  uri: string;
  isco: string;
  title: string;
  sector: string;
  essential: readonly SkillName[];
  optional: readonly SkillName[];
  employer: OrgKey;
  /** Serving customers asks for more Spanish than stacking boxes. */
  customerFacing: boolean;
  /** Relative share of the job postings. */
  weight: number;
}

const occupation = (uuid: string) => `http://data.europa.eu/esco/occupation/${uuid}`;

const LIST = [
  { key: 'baker', uri: occupation('1aadb308-432a-4d01-b54b-b4f7f76dd419'), isco: '7512', title: 'Panadero/a', sector: 'C10', essential: ['bakeGoods', 'kneadFood', 'workToRecipe', 'applyHaccp', 'hygienicFoodProcessing', 'applyGmp'], optional: ['tendBakeryOvens', 'prepareBakeryProducts'], employer: 'bakery', customerFacing: false, weight: 8 },
  { key: 'pastryMaker', uri: occupation('ff42d44c-34f8-46be-ad3a-2aad9a5e43f0'), isco: '7512', title: 'Pastelero/a', sector: 'C10', essential: ['bakeConfections', 'bakeGoods', 'workToRecipe', 'applyHaccp', 'foodAesthetic'], optional: ['hygienicFoodProcessing'], employer: 'bakery', customerFacing: false, weight: 3 },
  { key: 'shopAssistant', uri: occupation('0b15375e-dfdd-4047-9efb-096e0aaee7d2'), isco: '5223', title: 'Asistente de tienda', sector: 'G47', essential: ['operateCashRegister', 'stockShelves', 'customerRelationship', 'productDisplay', 'priceTags'], optional: ['processRefunds'], employer: 'retail', customerFacing: true, weight: 8 },
  { key: 'cashier', uri: occupation('2b871272-bd61-4206-bd1a-0b96d7023098'), isco: '5230', title: 'Cajero/a', sector: 'G47', essential: ['operateCashPoint', 'processPayments', 'numeracy', 'processRefunds', 'clientOrientation'], optional: ['operateCashRegister'], employer: 'retail', customerFacing: true, weight: 8 },
  { key: 'salesAssistant', uri: occupation('9ba74e8a-c40c-4228-9998-eb3c7a5c11df'), isco: '5223', title: 'Vendedor/a', sector: 'G47', essential: ['activeSelling', 'customerNeeds', 'operateCashPoint', 'stockShelves', 'salesChecks'], optional: ['productDisplay'], employer: 'retail', customerFacing: true, weight: 5 },
  { key: 'pharmacyAssistant', uri: occupation('c1a86d6d-7785-43e1-994b-958eba58fff7'), isco: '3213', title: 'Auxiliar de farmacia', sector: 'G47.73', essential: ['checkPrescriptions', 'pharmaInventory', 'medicationExpiry', 'medicationStorage', 'communicateWithCustomers'], optional: ['operateCashPoint'], employer: 'pharmacy', customerFacing: true, weight: 7 },
  { key: 'warehouseWorker', uri: occupation('bea705fe-06ac-4147-b8e0-6e8ac1208d8f'), isco: '9333', title: 'Auxiliar de bodega', sector: 'H52', essential: ['receiveGoods', 'stackGoods', 'loadForDispatch', 'pickOrders', 'liftHeavyWeights'], optional: ['monitorStockLevel'], employer: 'logistics', customerFacing: false, weight: 9 },
  { key: 'forkliftOperator', uri: occupation('eeac6251-1974-42f5-91ed-513c6c883755'), isco: '8344', title: 'Operador/a de montacargas', sector: 'H52', essential: ['operateForklift', 'forkliftInspections', 'storeWarehouseGoods', 'stackEmptyPallets', 'pickOrders'], optional: ['receiveGoods'], employer: 'logistics', customerFacing: false, weight: 7 },
  { key: 'deliveryDriver', uri: occupation('0c408028-c48f-4df8-ba5d-c3d3be15f5a2'), isco: '8322', title: 'Conductor/a repartidor/a', sector: 'H53', essential: ['driveVehicles', 'driveUrban', 'trafficRules', 'packageTypes', 'communicateWithCustomers'], optional: [], employer: 'logistics', customerFacing: true, weight: 4 },
  { key: 'cook', uri: occupation('90f75f67-495d-49fa-ab57-2f320e251d7e'), isco: '5120', title: 'Cocinero/a', sector: 'I56', essential: ['cookingTechniques', 'foodPreparation', 'foodCuttingTools', 'safeHygienicWorkplace', 'storeRawFood'], optional: ['applyHaccp'], employer: 'hospitality', customerFacing: false, weight: 5 },
  { key: 'kitchenAssistant', uri: occupation('e1cf6897-158d-4b48-a39e-2a3a8cac216c'), isco: '9412', title: 'Ayudante de cocina', sector: 'I56', essential: ['foodPreparation', 'cleanKitchenEquipment', 'cleanSurfaces', 'workToRecipe', 'hospitalityTeam'], optional: ['safeHygienicWorkplace'], employer: 'hospitality', customerFacing: false, weight: 6 },
  { key: 'waiter', uri: occupation('d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471'), isco: '5131', title: 'Mesero/a', sector: 'I56', essential: ['serveTableFood', 'takeOrders', 'serveBeverages', 'processPayments', 'hospitalityTeam'], optional: ['hotDrinks'], employer: 'hospitality', customerFacing: true, weight: 5 },
  { key: 'roomAttendant', uri: occupation('731ecac4-06e8-4ec2-a559-101fecbd9183'), isco: '9112', title: 'Camarero/a de pisos', sector: 'I55', essential: ['cleanRooms', 'linenOperations', 'cleaningChemicals', 'customerService'], optional: ['cleanSurfaces'], employer: 'hospitality', customerFacing: false, weight: 4 },
  { key: 'buildingCleaner', uri: occupation('303a1e34-cb16-4054-b323-81e5eec17397'), isco: '9112', title: 'Personal de limpieza', sector: 'N81', essential: ['cleanFloors', 'cleanSurfaces', 'cleanGlass', 'floorCleaningEquipment', 'cleaningChemicals'], optional: [], employer: 'hospitality', customerFacing: false, weight: 4 },
  { key: 'bricklayer', uri: occupation('05f321f8-055b-407d-bf19-e0ddabda56b7'), isco: '7112', title: 'Albañil', sector: 'F41', essential: ['layBricks', 'mixGrouts', 'constructionSafety', 'measurementInstruments', 'safetyEquipment'], optional: [], employer: 'construction', customerFacing: false, weight: 6 },
  { key: 'painter', uri: occupation('15620506-fb5d-49cd-87a2-1c9047fb406a'), isco: '7131', title: 'Pintor/a de obra', sector: 'F43', essential: ['paintSurfaces', 'prepareSurfaces', 'cleanPaintingEquipment', 'constructionSafety', 'safetyEquipment'], optional: [], employer: 'construction', customerFacing: false, weight: 3 },
  { key: 'electrician', uri: occupation('33960bab-4423-4808-af6c-ec2b485dba41'), isco: '7411', title: 'Electricista de obra', sector: 'F43', essential: ['installSwitches', 'installSockets', 'spliceCable', 'constructionSafety', 'measurementInstruments'], optional: ['safetyEquipment'], employer: 'construction', customerFacing: false, weight: 3 },
] as const satisfies readonly DemoOccupation[];

export type OccupationKey = (typeof LIST)[number]['key'];
export const OCCUPATIONS: readonly DemoOccupation[] = LIST;
export const OCCUPATION = {} as Record<OccupationKey, DemoOccupation>;
for (const o of LIST) OCCUPATION[o.key] = o;

export const skillUri = (name: SkillName): string => SKILLS[name];
