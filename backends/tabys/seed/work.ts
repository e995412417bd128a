/**
 * Seeded vacancies (30) and resumes (20): fifteen positions at seven companies (two of them with
 * `<`, `&` or `_` in the name), salaries, deadlines, some logos, a few descriptions longer than a
 * caption; candidates of the region with their skills.
 */
import {
  CITIES,
  createdAt,
  isoDate,
  languagesOf,
  logoPath,
  longText,
  PEOPLE,
  randomFor,
  type SeedContext,
  type SeedRow,
} from "./seedKit.js";

type EmploymentType = "full_time" | "part_time" | "internship" | "remote";

const POSITIONS: ReadonlyArray<{
  ru: string;
  kz: string;
  type: EmploymentType;
  salary: [number, number] | null;
}> = [
  { ru: "Младший бухгалтер", kz: "Кіші бухгалтер", type: "full_time", salary: [200, 280] },
  { ru: "Менеджер по продажам", kz: "Сату жөніндегі менеджер", type: "full_time", salary: [220, 400] },
  {
    ru: "Frontend-разработчик (стажёр)",
    kz: "Frontend-әзірлеуші (тағылымдамашы)",
    type: "internship",
    salary: [120, 180],
  },
  { ru: "Оператор call-центра", kz: "Call-орталық операторы", type: "part_time", salary: [130, 180] },
  { ru: "SMM-специалист", kz: "SMM-маман", type: "remote", salary: [180, 300] },
  { ru: "Инженер-электрик", kz: "Электр инженері", type: "full_time", salary: [350, 600] },
  { ru: "Помощник юриста", kz: "Заңгер көмекшісі", type: "internship", salary: null },
  { ru: "Бариста", kz: "Бариста", type: "part_time", salary: [150, 200] },
  { ru: "Учитель английского языка", kz: "Ағылшын тілі мұғалімі", type: "full_time", salary: [250, 330] },
  { ru: "Лаборант", kz: "Зертханашы", type: "full_time", salary: [170, 230] },
  { ru: "Водитель категории B", kz: "B санатты жүргізуші", type: "full_time", salary: [250, 320] },
  { ru: "Дизайнер интерфейсов", kz: "Интерфейс дизайнері", type: "remote", salary: [300, 550] },
  { ru: "Координатор волонтёров", kz: "Еріктілер үйлестірушісі", type: "part_time", salary: null },
  {
    ru: "Механик горного оборудования",
    kz: "Тау-кен жабдығының механигі",
    type: "full_time",
    salary: [400, 650],
  },
  { ru: "Аналитик данных (junior)", kz: "Деректер талдаушысы (junior)", type: "remote", salary: [280, 420] },
];

const COMPANIES = [
  "ТОО «Сарыарка Tech & Co»",
  "ТОО «Qaragandy Digital»",
  "ТОО «Сарыарка Агро»",
  "ИП «Кофейня <Bean&Leaf>»",
  "ТОО «Energy_Steppe»",
  "КГУ «Молодёжный ресурсный центр»",
  "ТОО «Balqash Logistics»",
] as const;

const EXPERIENCE = ["Без опыта", "От 1 года", "От 3 лет", null] as const;

const ABOUT_RU = [
  "Обязанности. Работа в дружной команде, выполнение задач по направлению, подготовка отчётов и участие в планёрках. Мы обучим всему необходимому в первые две недели и закрепим за вами наставника.",
  "Требования. Ответственность, внимательность к деталям и желание развиваться. Знание казахского и русского языков приветствуется, английский — будет плюсом. Студенты последних курсов тоже могут откликнуться.",
  "Условия. Официальное трудоустройство, оплачиваемый отпуск и больничный, компенсация обучения и спортзала. График обсуждается: возможны гибкие часы и частично удалённая работа.",
  "Как откликнуться. Отправьте резюме через платформу или приходите на собеседование по адресу офиса с понедельника по пятницу с 10:00 до 17:00. Мы отвечаем каждому кандидату в течение пяти рабочих дней.",
];

const ABOUT_KZ = [
  "Міндеттері. Ынтымақты командада жұмыс, бағыт бойынша тапсырмаларды орындау, есептер дайындау және жиналыстарға қатысу. Алғашқы екі аптада бәрін үйретіп, тәлімгер бекітеміз.",
  "Талаптар. Жауапкершілік, ұқыптылық және даму ниеті. Қазақ және орыс тілдерін білу құпталады, ағылшын тілі — артықшылық. Соңғы курс студенттері де өтінім бере алады.",
  "Жағдайлар. Ресми жұмысқа орналасу, ақылы демалыс пен ауырған күндер, оқу мен спортзал шығындарын өтеу. Кесте талқыланады: икемді сағаттар мен ішінара қашықтан жұмыс мүмкін.",
  "Қалай өтінім беруге болады. Түйіндемені платформа арқылы жіберіңіз немесе дүйсенбіден жұмаға дейін 10:00-ден 17:00-ге дейін кеңсеге сұхбатқа келіңіз. Әр үміткерге бес жұмыс күні ішінде жауап береміз.",
];

export function seedVacancies(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("vacancies");
  const count = 30;
  return Array.from({ length: count }, (_, i) => {
    const position = POSITIONS[i % POSITIONS.length]!;
    const company = COMPANIES[i % COMPANIES.length]!;
    const city = CITIES[(i * 5) % CITIES.length]!;
    const langs = languagesOf(i + 2);
    const long = i % 7 === 4;
    const intro = `${company} ищет сотрудника на позицию «${position.ru}» в городе ${city.ru}.`;
    const introKz = `${company} ${city.kz} қаласында «${position.kz}» лауазымына қызметкер іздейді.`;
    return {
      created_at: createdAt(ctx, i, count, rng),
      title_ru: langs.ru ? position.ru : null,
      title_kz: langs.kz ? position.kz : null,
      description_ru: langs.ru
        ? long
          ? longText([intro, ...ABOUT_RU], 1600)
          : `${intro} ${ABOUT_RU[i % 4]}`
        : null,
      description_kz: langs.kz
        ? long
          ? longText([introKz, ...ABOUT_KZ], 1600)
          : `${introKz} ${ABOUT_KZ[i % 4]}`
        : null,
      company,
      location: city.ru,
      salary: position.salary ? rng.int(position.salary[0], position.salary[1]) * 1000 : null,
      employment_type: position.type,
      experience: EXPERIENCE[i % EXPERIENCE.length]!,
      deadline: i % 5 === 0 ? null : isoDate(ctx, rng.int(5, 60)),
      company_logo: i % 2 === 0 ? logoPath(i % COMPANIES.length) : null,
    };
  });
}

const RESUME_POSITIONS = [
  { position: "Бухгалтер", skills: "1С: Бухгалтерия, Excel, налоговая отчётность" },
  { position: "Frontend-разработчик", skills: "TypeScript, React, HTML & CSS, Git" },
  { position: "SMM-менеджер", skills: "Instagram, TikTok, копирайтинг, Canva" },
  { position: "Инженер-электрик", skills: "AutoCAD, электромонтаж, допуск по электробезопасности" },
  { position: "Переводчик", skills: "Қазақ тілі, русский, English (C1), устный перевод" },
  { position: "Аналитик данных", skills: "SQL, Python (pandas), Power BI" },
  { position: "Учитель математики", skills: "Подготовка к ЕНТ, олимпиадная математика" },
  { position: "Логист", skills: "Маршрутизация, 1С: Управление торговлей, таможенные документы" },
] as const;

const RESUME_STATUSES = ["new", "reviewed", "invited", "rejected"] as const;

export function seedResumes(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("resumes");
  const count = 20;
  return Array.from({ length: count }, (_, i) => {
    const wanted = RESUME_POSITIONS[i % RESUME_POSITIONS.length]!;
    return {
      created_at: createdAt(ctx, i, count, rng),
      full_name: PEOPLE[(i * 7) % PEOPLE.length]!,
      position: wanted.position,
      experience_years: rng.int(0, 12),
      skills: wanted.skills,
      status: RESUME_STATUSES[i % RESUME_STATUSES.length]!,
    };
  });
}
