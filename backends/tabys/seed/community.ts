/**
 * Seeded community content: projects (18), leisure (18), volunteers (24), platform users (20),
 * certificates (18) and technical tasks (16).
 */
import { ROLES } from "../rbac.js";
import {
  CITIES,
  createdAt,
  isoDate,
  languagesOf,
  longText,
  PEOPLE,
  randomFor,
  type SeedContext,
  type SeedRow,
} from "./seedKit.js";

const PROJECTS = [
  {
    ru: "Жасыл Қарағанды: озеленение дворов",
    kz: "Жасыл Қарағанды: аулаларды көгалдандыру",
    about: "Высадка деревьев во дворах вместе с жителями и уход за ними три года.",
  },
  {
    ru: "Цифровая библиотека Сарыарки",
    kz: "Сарыарқаның цифрлық кітапханасы",
    about: "Оцифровка краеведческих книг и газет областной библиотеки.",
  },
  {
    ru: "Школа волонтёров",
    kz: "Еріктілер мектебі",
    about: "Обучение волонтёров первой помощи, коммуникации и работе на событиях.",
  },
  {
    ru: "Доступный город",
    kz: "Қолжетімді қала",
    about: "Карта доступности общественных мест для людей на колясках.",
  },
  {
    ru: "Молодёжный медиацентр",
    kz: "Жастар медиаорталығы",
    about: "Студия подкастов и видео для школьников и студентов.",
  },
  {
    ru: "Раздельный сбор в колледжах",
    kz: "Колледждерде қалдықтарды бөлек жинау",
    about: "Контейнеры, обучение и договор с переработчиками.",
  },
  {
    ru: "Наставники для сельской молодёжи",
    kz: "Ауыл жастарына тәлімгерлер",
    about: "Онлайн-наставничество для выпускников сельских школ.",
  },
  {
    ru: "Спорт во дворах",
    kz: "Аулалардағы спорт",
    about: "Бесплатные тренировки на дворовых площадках по выходным.",
  },
  {
    ru: "Код будущего <Kids&IT>",
    kz: "Болашақ коды <Kids&IT>",
    about: "Кружки программирования в школах малых городов.",
  },
] as const;

const PROJECT_STATUSES = ["draft", "active", "completed", "archived"] as const;

const PROJECT_DETAILS = [
  "Цели. Вовлечь молодёжь в решение задач города, дать участникам опыт проектной работы и измеримый результат для жителей. Каждая команда ведёт дневник проекта и отчитывается раз в месяц.",
  "Партнёры. Акимат, университеты, местный бизнес и волонтёрские организации. Партнёры помогают площадками, материалами и экспертизой, а также участвуют в оценке результатов.",
  "Как присоединиться. Напишите координатору проекта, расскажите о себе и о том, чем хотите помочь. Мы найдём задачу под ваши навыки и расписание.",
];

function seedProjects(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("projects");
  const count = PROJECTS.length * 2;
  return Array.from({ length: count }, (_, i) => {
    const project = PROJECTS[i % PROJECTS.length]!;
    const city = CITIES[Math.floor(i / PROJECTS.length) + 1]!;
    const langs = languagesOf(i + 4);
    const suffixRu = i < PROJECTS.length ? "" : ` (${city.ru})`;
    const suffixKz = i < PROJECTS.length ? "" : ` (${city.kz})`;
    return {
      created_at: createdAt(ctx, i, count, rng),
      title_ru: langs.ru ? `${project.ru}${suffixRu}` : null,
      title_kz: langs.kz ? `${project.kz}${suffixKz}` : null,
      description_ru: langs.ru
        ? i % 5 === 2
          ? longText([project.about, ...PROJECT_DETAILS], 1600)
          : project.about
        : null,
      description_kz: langs.kz
        ? "Жоба өңір жастарымен бірге жүзеге асырылады: қатысушылар тәжірибе жинап, қала тұрғындары нақты нәтиже алады."
        : null,
      status: PROJECT_STATUSES[i % PROJECT_STATUSES.length]!,
    };
  });
}

const LEISURE = [
  { ru: "Каток в Центральном парке", kz: "Орталық саябақтағы мұз айдыны", category: "sport", price: 1500 },
  { ru: "Поход в Каркаралинские горы", kz: "Қарқаралы тауларына жорық", category: "nature", price: 8000 },
  {
    ru: "Настольные игры в антикафе <Meeple&Co>",
    kz: "<Meeple&Co> антикафесіндегі үстел ойындары",
    category: "games",
    price: 2000,
  },
  { ru: "Концерт домбристов", kz: "Домбырашылар концерті", category: "culture", price: 3000 },
  { ru: "Скалодром для начинающих", kz: "Бастаушыларға арналған скалодром", category: "sport", price: 2500 },
  {
    ru: "Экскурсия в музей ИЗО",
    kz: "Бейнелеу өнері мұражайына экскурсия",
    category: "culture",
    price: null,
  },
  { ru: "Велопрогулка к озеру Балхаш", kz: "Балқаш көліне велосерунақ", category: "nature", price: null },
  {
    ru: "Квиз «Знаешь ли ты Сарыарку?»",
    kz: "«Сарыарқаны білесің бе?» квизі",
    category: "games",
    price: 1000,
  },
  { ru: "Йога на набережной", kz: "Жағалаудағы йога", category: "sport", price: null },
] as const;

function seedLeisure(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("leisure");
  const count = LEISURE.length * 2;
  return Array.from({ length: count }, (_, i) => {
    const item = LEISURE[i % LEISURE.length]!;
    const city = CITIES[(i * 2) % CITIES.length]!;
    const langs = languagesOf(i + 6);
    return {
      created_at: createdAt(ctx, i, count, rng),
      title_ru: langs.ru ? item.ru : null,
      title_kz: langs.kz ? item.kz : null,
      description_ru: langs.ru
        ? `Для всех, кто хочет провести выходные с пользой. Сбор участников — ${city.ru}.`
        : null,
      description_kz: langs.kz
        ? `Демалысты пайдалы өткізгісі келетіндердің бәріне. Жиналу орны — ${city.kz}.`
        : null,
      location: city.ru,
      category: item.category,
      price: item.price === null ? null : item.price + rng.int(0, 4) * 500,
    };
  });
}

const VOLUNTEER_STATUSES = ["pending", "active", "active", "blocked"] as const;

function seedVolunteers(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("volunteers");
  const count = 24;
  return Array.from({ length: count }, (_, i) => ({
    created_at: createdAt(ctx, i, count, rng),
    full_name: PEOPLE[(i * 13 + 1) % PEOPLE.length]!,
    phone:
      i % 4 === 3 ? null : `+7 70${rng.int(0, 9)} ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
    city: CITIES[i % CITIES.length]!.ru,
    status: VOLUNTEER_STATUSES[i % VOLUNTEER_STATUSES.length]!,
  }));
}

function seedUsers(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("users");
  const count = 20;
  return Array.from({ length: count }, (_, i) => ({
    created_at: createdAt(ctx, i, count, rng),
    full_name: i === 7 ? "Test & QA_team <staging>" : PEOPLE[(i * 17 + 2) % PEOPLE.length]!,
    email: `user${i + 1}@tabys.example`,
    role: i % 3 === 0 ? "client" : ROLES[i % ROLES.length]!,
    is_active: i % 9 === 8 ? 0 : 1,
  }));
}

const CERTIFICATES = [
  { ru: "Сертификат волонтёра", kz: "Ерікті сертификаты" },
  { ru: "Участник форума «Сарыарка жастары»", kz: "«Сарыарқа жастары» форумының қатысушысы" },
  { ru: "Выпускник Школы молодого лидера", kz: "Жас көшбасшы мектебінің түлегі" },
  { ru: "Победитель хакатона", kz: "Хакатон жеңімпазы" },
  { ru: "Курс «Основы Python»", kz: "«Python негіздері» курсы" },
  { ru: "Наставник года", kz: "Жыл тәлімгері" },
] as const;

function seedCertificates(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("certificates");
  const count = 18;
  return Array.from({ length: count }, (_, i) => {
    const certificate = CERTIFICATES[i % CERTIFICATES.length]!;
    const langs = languagesOf(i + 8);
    return {
      created_at: createdAt(ctx, i, count, rng),
      title_ru: langs.ru ? certificate.ru : null,
      title_kz: langs.kz ? certificate.kz : null,
      holder_name: PEOPLE[(i * 19 + 5) % PEOPLE.length]!,
      issued_at: isoDate(ctx, -rng.int(1, 300)),
      status: i % 8 === 7 ? "revoked" : "issued",
    };
  });
}

const TECH_TASKS = [
  {
    ru: "Сайт молодёжного центра",
    kz: "Жастар орталығының сайты",
    about: "Адаптивный сайт с афишей событий и формой записи.",
  },
  {
    ru: "Чат-бот для записи волонтёров",
    kz: "Еріктілерді тіркеуге арналған чат-бот",
    about: "Бот в Telegram: анкета, выбор смены, напоминания.",
  },
  {
    ru: "Мобильное приложение «Афиша Сарыарки»",
    kz: "«Сарыарқа афишасы» мобильді қосымшасы",
    about: "Каталог событий области с фильтрами и push-уведомлениями.",
  },
  {
    ru: "Дашборд по грантам",
    kz: "Гранттар бойынша дашборд",
    about: "Отчёт по заявкам, выплатам и результатам грантовых проектов.",
  },
  {
    ru: "Интеграция платформы с 1С",
    kz: "Платформаны 1С-пен біріктіру",
    about: "Выгрузка договоров и актов из платформы в бухгалтерию.",
  },
  {
    ru: "Редизайн логотипа <Tabys & Co>",
    kz: "<Tabys & Co> логотипінің редизайны",
    about: "Новый логотип и гайдлайн для соцсетей и печати.",
  },
  {
    ru: "Карта доступности",
    kz: "Қолжетімділік картасы",
    about: "Веб-карта с отметками пандусов, лифтов и доступных входов.",
  },
  {
    ru: "Система учёта сертификатов",
    kz: "Сертификаттарды есепке алу жүйесі",
    about: "Выпуск и проверка сертификатов по QR-коду.",
  },
] as const;

const TASK_STATUSES = ["open", "in_progress", "done"] as const;

const TASK_SPEC = [
  "Требования. Исходный код в репозитории заказчика, документация на русском или казахском языке, передача доступов по завершении. Поддержка в течение трёх месяцев после сдачи.",
  "Этапы. Прототип и согласование — две недели, разработка — месяц, тестирование с пользователями — неделя. Оплата поэтапно после приёмки каждого этапа.",
  "Отбор исполнителя. Принимаем предложения от студенческих команд и молодых специалистов: портфолио, оценка сроков и стоимости. Победителя выберет комиссия из представителей центра и партнёров.",
];

function seedTechTasks(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("tech_tasks");
  const count = TECH_TASKS.length * 2;
  return Array.from({ length: count }, (_, i) => {
    const task = TECH_TASKS[i % TECH_TASKS.length]!;
    const langs = languagesOf(i + 9);
    const second = i >= TECH_TASKS.length;
    return {
      created_at: createdAt(ctx, i, count, rng),
      title_ru: langs.ru ? `${task.ru}${second ? " — этап 2" : ""}` : null,
      title_kz: langs.kz ? `${task.kz}${second ? " — 2-кезең" : ""}` : null,
      description_ru: langs.ru
        ? i % 5 === 0
          ? longText([task.about, ...TASK_SPEC], 1600)
          : task.about
        : null,
      description_kz: langs.kz
        ? "Орындаушыға қойылатын талаптар, мерзімдер мен бюджет тапсырма карточкасында көрсетілген."
        : null,
      budget: i % 4 === 1 ? null : rng.int(3, 40) * 50_000,
      deadline: i % 3 === 0 ? null : isoDate(ctx, rng.int(14, 120)),
      status: TASK_STATUSES[i % TASK_STATUSES.length]!,
    };
  });
}

export function seedCommunityTypes(ctx: SeedContext) {
  return {
    projects: seedProjects(ctx),
    leisure: seedLeisure(ctx),
    volunteers: seedVolunteers(ctx),
    users: seedUsers(ctx),
    certificates: seedCertificates(ctx),
    tech_tasks: seedTechTasks(ctx),
  };
}
