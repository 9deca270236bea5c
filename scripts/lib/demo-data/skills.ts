/**
 * The ESCO skills the demo uses, by a readable name. Every URI is in the shipped demo taxonomy
 * (libs/taxonomy/data/demo/skills_*.csv, Spanish label in the comment); generate.spec.ts checks it.
 */
const skill = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`;

export const SKILLS = {
  // bakery
  bakeGoods: skill('5626b3b1-5415-47f6-acf1-b573d457d180'), // hornear productos
  kneadFood: skill('d87653a0-87b0-4c03-a44a-bf0a217431a2'), // amasar productos alimenticios
  prepareBakeryProducts: skill('50db2b5e-edda-496d-8a6e-aff91dc243d9'), // elaborar productos de panadería
  workToRecipe: skill('a0d96ce8-aeeb-4ffb-bd78-21c0598179ff'), // respetar las recetas
  tendBakeryOvens: skill('77250067-81bd-4e18-865e-2be6ca26c8a8'), // ocuparse de hornos de panadería
  bakeConfections: skill('587530c9-149c-4078-9f64-b58097aea0ae'), // elaborar dulces de repostería
  foodAesthetic: skill('0eece926-f1a3-4b65-9b99-a35e4c0eb835'), // cuidar la presentación de los alimentos
  // food safety
  applyHaccp: skill('5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350'), // aplicar análisis de peligros y puntos de control crítico
  hygienicFoodProcessing: skill('a34f4fd4-1aff-4941-82d5-542ac94f81c3'), // seguir procedimientos de higiene en la producción de alimentos
  applyGmp: skill('bf7a45c4-0d72-4e6e-9da7-127b2b6656b7'), // aplicar prácticas correctas de fabricación
  safeHygienicWorkplace: skill('c87c5366-c9a9-4205-8333-4938a9c384ad'), // mantener un entorno laboral seguro e higiénico
  // retail
  operateCashRegister: skill('0cb013af-6dd9-4fb2-b34e-63dda1a5cf82'), // manejar una caja registradora
  stockShelves: skill('7e9daad3-8604-4839-af9b-dc6f8db3ef68'), // colocar las mercancías en las estanterías
  customerRelationship: skill('2239694b-771a-4586-8b54-2794e361a9ae'), // mantener la relación con los clientes
  productDisplay: skill('77a11321-754a-41de-b9e4-80d747f528db'), // organizar la presentación de los productos
  priceTags: skill('6ffdcb09-16bc-4480-9ac8-40fdbf915712'), // marcar el precio
  operateCashPoint: skill('279101c1-e325-4349-bf58-401b6c8ff208'), // llevar la caja
  processPayments: skill('bdcac0c8-b77a-4640-9eaf-c0cf3efd1e23'), // tramitar pagos
  numeracy: skill('5dd01a1e-7ba0-4b7f-a76c-ed811c12bfde'), // aplicar competencias matemáticas
  processRefunds: skill('a6d697d1-80ba-4175-82d4-43440ed04270'), // procesar las devoluciones
  clientOrientation: skill('b7c8f418-08d5-45d6-b697-ab26c6ecbfb4'), // garantizar la orientación al cliente
  activeSelling: skill('c81c9ea3-4689-4146-9076-24dd175c69bc'), // realizar ventas activas
  customerNeeds: skill('68698869-c13c-4563-adc7-118b7644f45d'), // averiguar las necesidades del cliente
  salesChecks: skill('0ae55852-562d-4fc9-be5e-d99f54e91b24'), // preparar recibos de ventas
  // pharmacy
  checkPrescriptions: skill('030de41b-bb8b-4e4b-859c-9afd4c17605b'), // revisar la información en la receta médica
  pharmaInventory: skill('2832382f-fa74-439f-a85e-6ff2d03c9cd0'), // hacer inventario de los productos farmacéuticos
  medicationExpiry: skill('f024dd81-76a9-4d84-950e-7c6d1383a403'), // revisar la caducidad de los medicamentos
  medicationStorage: skill('540a1886-ab91-4324-9f63-568533fad853'), // tener los medicamentos almacenados correctamente
  communicateWithCustomers: skill('0da516ee-e70e-4384-be13-f5ff80be8127'), // comunicarse con los clientes
  // logistics
  receiveGoods: skill('2cae39d6-78c2-4ce3-bee8-628504371463'), // recibir las mercancías
  stackGoods: skill('3d086228-d7fc-4c23-972a-22b7d44a6173'), // amontonar los productos
  loadForDispatch: skill('77397348-2ce4-4edb-81cc-9eb19f6a3ed7'), // cargar los productos para su envío
  pickOrders: skill('ee5e2297-39cc-4ed6-89e5-d58016118a7f'), // preparar los pedidos para el envío
  liftHeavyWeights: skill('ab2bb44a-3956-4028-8715-8b70b1960b99'), // levantar objetos pesados
  monitorStockLevel: skill('44f6a65f-6be7-4818-9a66-73908797283f'), // supervisar el nivel de las existencias
  operateForklift: skill('28cb374e-6261-4133-8371-f9a5470145da'), // manejar carretillas elevadoras
  forkliftInspections: skill('3c84f7d9-7a3e-4343-814f-31de0aa61651'), // realizar inspecciones regulares de la carretilla elevadora
  storeWarehouseGoods: skill('e883d55a-75ae-460b-ba0a-47fecf14f1b3'), // almacenar la mercancía con precisión
  stackEmptyPallets: skill('7991b413-8e71-415d-bb6a-923ea154abc5'), // apilar los palés vacíos
  driveVehicles: skill('2a82241a-216e-44d8-bb50-6b9a0ef82084'), // conducir un vehículo
  driveUrban: skill('2815f65d-6adb-46a6-8041-5768febf5580'), // conducir en zonas urbanas
  trafficRules: skill('1efe7dcb-ebdc-4410-bf21-1ebd9e590044'), // obedecer las normas de circulación
  packageTypes: skill('fd6ab598-d7b1-4cef-9e54-e8f1a725881c'), // diferenciar tipos de paquetes
  // hospitality
  cookingTechniques: skill('f3934441-4bff-4076-9945-e6c51a01c467'), // usar técnicas de cocina
  foodPreparation: skill('4b15a965-9bb4-42f1-8e44-1024aeb0b08c'), // usar técnicas de preparación de alimentos
  foodCuttingTools: skill('c42d2a2a-2f55-45ac-beb1-0a8a76412457'), // utilizar herramientas para cortar alimentos
  storeRawFood: skill('29b326ea-a9c8-4963-b35a-8541d0cdff77'), // almacenar materias primas alimenticias
  cleanKitchenEquipment: skill('9b31016e-c99d-4bd2-a550-d5660dac5041'), // limpiar equipos de cocina para catering
  cleanSurfaces: skill('6ff01827-907d-43d8-b6e4-7162c1cf0aca'), // limpiar superficies
  hospitalityTeam: skill('8c8da904-cdb3-47d9-bfbf-15ade747d9ec'), // trabajar en un equipo de hostelería
  serveTableFood: skill('42a6eff0-e9d9-423d-877b-e48fe91ff26f'), // servir comida en el servicio de mesa
  takeOrders: skill('704bed2c-737a-4585-b840-1d28bbcab9b4'), // tomar pedidos de comida y bebida de la clientela
  serveBeverages: skill('beeaddc7-fe69-4b97-a286-0bd595432eb9'), // servir bebidas
  hotDrinks: skill('e4fb4f26-1c0c-45e4-9250-5be32cee2a48'), // preparar bebidas calientes
  cleanRooms: skill('7bb01a18-4637-4535-ba18-258f48f705b8'), // limpiar salas
  linenOperations: skill('59dbeac8-de39-4b55-8671-f11e6092abe8'), // mantener el servicio de ropa de cama
  cleaningChemicals: skill('51a26193-9abe-4bce-9108-f50835be1c35'), // manipular productos químicos de limpieza
  customerService: skill('75dfe1ee-5935-42ce-b820-697f827825c3'), // mantener el servicio de atención a clientes
  // construction
  layBricks: skill('13e1c0a2-b90d-46f4-be51-11730360b38d'), // colocar ladrillos
  mixGrouts: skill('bfd96453-f2fd-43ea-afc1-fb2dc0d7367d'), // mezclar materiales de construcción
  constructionSafety: skill('86df7af2-f9f3-4c06-a500-7f1fba9e78fe'), // respetar procedimientos de salud y seguridad en la construcción
  measurementInstruments: skill('b92758d4-4591-4df1-9ceb-f907aa71ebd9'), // utilizar instrumentos de medida
  safetyEquipment: skill('c643e59b-d74c-4f44-b76e-6e1d96c05ec4'), // utilizar equipamiento de seguridad en obras de construcción
  paintSurfaces: skill('b826a56a-811d-477c-b165-271729f644a4'), // pintar superficies
  prepareSurfaces: skill('7d2a1c45-fae0-4bd6-b570-c668c9d4eda7'), // preparar superficies para pintar
  cleanPaintingEquipment: skill('c45efdbc-08f7-4d95-b9c9-1fc63c9b40c4'), // limpiar el equipo de pintura
  installSwitches: skill('c3d1ada5-1d97-4a23-be2a-9ff39296775b'), // instalar interruptores eléctricos
  installSockets: skill('52d6eb67-56c0-4ad7-b5c2-71e7c2362ece'), // instalar enchufes
  spliceCable: skill('4a30802f-827c-4706-9099-de85beee6cb5'), // empalmar cable
  // cleaning
  cleanFloors: skill('a2cd3b30-2d6c-473e-a5d4-4e7cb576babe'), // limpiar el suelo de un edificio
  cleanGlass: skill('d05ae693-dc7d-4073-8806-2782f117c24a'), // limpiar superficies de cristal
  floorCleaningEquipment: skill('2ed98048-bf2f-47e5-a0de-fd23d6abe2f6'), // manejar máquinas para limpiar el suelo
  // self-employment
  financialCapability: skill('811bdb9d-5bf7-4b5a-a3f5-4fc2002f6d57'), // capacidad financiera
} as const;

export type SkillName = keyof typeof SKILLS;
