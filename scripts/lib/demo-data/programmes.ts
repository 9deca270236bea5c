import type { OccupationKey } from './occupations';
import type { OrgKey } from './organisations';
import type { SkillName } from './skills';

/**
 * Trainings and apprenticeships: the skills they confer are exactly the ones open vacancies ask for
 * (training tied to real vacancies), so their pathway value is visible in the recommendations.
 */
export interface DemoProgramme {
  key: string;
  kind: 'training' | 'apprenticeship';
  title: string;
  provider: OrgKey;
  /** The occupation it prepares for (demand, aspirations). */
  leadsTo: OccupationKey | null;
  confers: SkillName[];
  durationWeeks: number;
  certificate: string;
  leadsToSelfEmployment?: boolean;
  /** Spanish classes: no skills conferred, so no pathway value (the contrast the README shows). */
  languageCourse?: boolean;
}

export const PROGRAMMES: readonly DemoProgramme[] = [
  { key: 'foodSafety', kind: 'training', title: 'Manipulación higiénica de alimentos y buenas prácticas de fabricación', provider: 'training', leadsTo: 'baker', confers: ['applyHaccp', 'hygienicFoodProcessing', 'applyGmp', 'safeHygienicWorkplace'], durationWeeks: 4, certificate: 'Certificado de manipulador/a de alimentos' },
  { key: 'bakery', kind: 'training', title: 'Panadería y pastelería básica', provider: 'training', leadsTo: 'baker', confers: ['bakeGoods', 'kneadFood', 'workToRecipe', 'prepareBakeryProducts', 'bakeConfections'], durationWeeks: 10, certificate: 'Certificado de competencia en panadería' },
  { key: 'forklift', kind: 'training', title: 'Operación segura de montacargas', provider: 'training', leadsTo: 'forkliftOperator', confers: ['operateForklift', 'forkliftInspections', 'storeWarehouseGoods', 'stackEmptyPallets'], durationWeeks: 3, certificate: 'Licencia de operador/a de montacargas' },
  { key: 'cashier', kind: 'training', title: 'Caja y atención al cliente', provider: 'training', leadsTo: 'cashier', confers: ['operateCashPoint', 'processPayments', 'operateCashRegister', 'clientOrientation', 'processRefunds'], durationWeeks: 4, certificate: 'Certificado de cajero/a' },
  { key: 'pharmacy', kind: 'training', title: 'Auxiliar de farmacia', provider: 'training', leadsTo: 'pharmacyAssistant', confers: ['checkPrescriptions', 'pharmaInventory', 'medicationExpiry', 'medicationStorage'], durationWeeks: 12, certificate: 'Certificado de auxiliar de farmacia' },
  { key: 'constructionSafety', kind: 'training', title: 'Seguridad y salud en obra', provider: 'training', leadsTo: 'bricklayer', confers: ['constructionSafety', 'safetyEquipment', 'measurementInstruments'], durationWeeks: 2, certificate: 'Certificado de seguridad en obra' },
  { key: 'electrical', kind: 'training', title: 'Instalaciones eléctricas residenciales', provider: 'training', leadsTo: 'electrician', confers: ['installSwitches', 'installSockets', 'spliceCable'], durationWeeks: 8, certificate: 'Certificado de instalador/a eléctrico/a' },
  { key: 'cooking', kind: 'training', title: 'Cocina profesional', provider: 'training', leadsTo: 'cook', confers: ['cookingTechniques', 'foodPreparation', 'foodCuttingTools', 'storeRawFood'], durationWeeks: 8, certificate: 'Certificado de ayudante de cocina' },
  { key: 'tableService', kind: 'training', title: 'Servicio de mesa y barismo', provider: 'training', leadsTo: 'waiter', confers: ['serveTableFood', 'takeOrders', 'serveBeverages', 'hotDrinks'], durationWeeks: 4, certificate: 'Certificado de mesero/a' },
  { key: 'housekeeping', kind: 'training', title: 'Limpieza profesional y housekeeping', provider: 'training', leadsTo: 'roomAttendant', confers: ['cleanRooms', 'linenOperations', 'cleaningChemicals', 'cleanFloors', 'floorCleaningEquipment'], durationWeeks: 3, certificate: 'Certificado de limpieza profesional' },
  { key: 'warehouse', kind: 'training', title: 'Logística y bodega', provider: 'training', leadsTo: 'warehouseWorker', confers: ['receiveGoods', 'pickOrders', 'loadForDispatch', 'monitorStockLevel'], durationWeeks: 4, certificate: 'Certificado de auxiliar de bodega' },
  { key: 'entrepreneurship', kind: 'training', title: 'Emprende tu negocio de alimentos', provider: 'training', leadsTo: null, confers: ['financialCapability'], durationWeeks: 6, certificate: 'Certificado de emprendimiento', leadsToSelfEmployment: true },
  { key: 'spanish', kind: 'training', title: 'Español para el trabajo', provider: 'training', leadsTo: null, confers: [], durationWeeks: 8, certificate: 'Constancia de asistencia', languageCourse: true },
  { key: 'bakeryApprentice', kind: 'apprenticeship', title: 'Aprendiz de panadería (formación dual)', provider: 'bakery', leadsTo: 'baker', confers: ['bakeGoods', 'kneadFood', 'workToRecipe', 'applyHaccp', 'hygienicFoodProcessing', 'applyGmp'], durationWeeks: 26, certificate: 'Título de panadero/a (formación dual)' },
  { key: 'logisticsApprentice', kind: 'apprenticeship', title: 'Aprendiz de operador/a logístico/a (formación dual)', provider: 'logistics', leadsTo: 'forkliftOperator', confers: ['operateForklift', 'forkliftInspections', 'storeWarehouseGoods', 'receiveGoods', 'pickOrders'], durationWeeks: 26, certificate: 'Título de operador/a logístico/a (formación dual)' },
  { key: 'electricianApprentice', kind: 'apprenticeship', title: 'Aprendiz de electricista (formación dual)', provider: 'construction', leadsTo: 'electrician', confers: ['installSwitches', 'installSockets', 'spliceCable', 'constructionSafety'], durationWeeks: 39, certificate: 'Título de electricista (formación dual)' },
  { key: 'cookApprentice', kind: 'apprenticeship', title: 'Aprendiz de cocina (formación dual)', provider: 'hospitality', leadsTo: 'cook', confers: ['cookingTechniques', 'foodPreparation', 'foodCuttingTools', 'safeHygienicWorkplace'], durationWeeks: 26, certificate: 'Título de cocinero/a (formación dual)' },
];
