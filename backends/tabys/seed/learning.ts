/** Seeded courses (20, in Russian, Kazakh and English) and experts (16) who teach and mentor. */
import {
  createdAt,
  languagesOf,
  longText,
  PEOPLE,
  randomFor,
  type SeedContext,
  type SeedRow,
} from "./seedKit.js";

type Level = "beginner" | "intermediate" | "advanced";

const COURSES: ReadonlyArray<{ title: string; language: "ru" | "kz" | "en"; level: Level; about: string }> = [
  {
    title: "Основы Python",
    language: "ru",
    level: "beginner",
    about: "Переменные, циклы, функции и первые скрипты для автоматизации рутины.",
  },
  {
    title: "Excel для начинающих",
    language: "ru",
    level: "beginner",
    about: "Формулы, сводные таблицы и графики на примерах из жизни.",
  },
  {
    title: "Іскерлік қазақ тілі",
    language: "kz",
    level: "intermediate",
    about: "Іскерлік хат, түйіндеме және сұхбатқа дайындық қазақ тілінде.",
  },
  {
    title: "English for IT",
    language: "en",
    level: "intermediate",
    about: "Stand-ups, code reviews and job interviews in English.",
  },
  {
    title: "Финансовая грамотность",
    language: "ru",
    level: "beginner",
    about: "Бюджет, накопления, кредиты и как не попасть в долговую яму.",
  },
  {
    title: "Кәсіпкерлік негіздері",
    language: "kz",
    level: "beginner",
    about: "Идеядан бизнес-жоспарға дейін: нарық, клиент, қаржы.",
  },
  {
    title: "Графический дизайн в Figma",
    language: "ru",
    level: "intermediate",
    about: "Макеты, компоненты и прототипы для сайтов и приложений.",
  },
  {
    title: "SMM с нуля",
    language: "ru",
    level: "beginner",
    about: "Контент-план, визуал и аналитика для малого бизнеса.",
  },
  {
    title: "Data analysis with SQL",
    language: "en",
    level: "advanced",
    about: "Window functions, query plans and reporting on real datasets.",
  },
  {
    title: "Публичные выступления",
    language: "ru",
    level: "intermediate",
    about: "Структура речи, работа с голосом и страхом сцены.",
  },
  {
    title: "Web-разработка: HTML & CSS",
    language: "ru",
    level: "beginner",
    about: "Вёрстка адаптивных страниц и основы доступности.",
  },
  {
    title: "Жобаларды басқару",
    language: "kz",
    level: "intermediate",
    about: "Жоспарлау, тәуекелдер және командамен жұмыс.",
  },
  {
    title: "Подготовка к IELTS",
    language: "en",
    level: "advanced",
    about: "All four modules with mock tests and feedback on writing.",
  },
  {
    title: "Тайм-менеджмент для студентов",
    language: "ru",
    level: "beginner",
    about: "Планирование учёбы, работы и отдыха без выгорания.",
  },
  {
    title: "3D-моделирование в Blender",
    language: "ru",
    level: "advanced",
    about: "Моделирование, материалы и рендер небольшой сцены.",
  },
  {
    title: "Цифрлық қауіпсіздік",
    language: "kz",
    level: "beginner",
    about: "Құпиясөздер, фишинг және жеке деректерді қорғау.",
  },
  {
    title: "Мобильная фотография",
    language: "ru",
    level: "beginner",
    about: "Композиция, свет и обработка снимков на телефоне.",
  },
  {
    title: "Волонтёрский менеджмент",
    language: "ru",
    level: "intermediate",
    about: "Набор, мотивация и координация волонтёров на событиях.",
  },
  {
    title: "Основы бухгалтерии в 1С",
    language: "ru",
    level: "intermediate",
    about: "Первичные документы, проводки и отчётность.",
  },
  {
    title: "Machine learning basics",
    language: "en",
    level: "advanced",
    about: "Regression, classification and evaluating models with scikit-learn.",
  },
];

const SYLLABUS = [
  "Формат. Занятия проходят два раза в неделю в молодёжном центре и онлайн; записи доступны участникам до конца курса. Каждое занятие — короткая теория и практика на реальных задачах.",
  "Итог. Выпускники получают сертификат, а лучшие работы попадают в портфолио и на ярмарку вакансий партнёров. Для успешного завершения нужно выполнить не меньше 80 % домашних заданий.",
  "Преподаватели. Практики из компаний региона и выпускники прошлых потоков, которые помогают в чате курса. Вопросы можно задавать в любое время, ответ — в течение суток.",
];

export function seedCourses(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("courses");
  return COURSES.map((course, i) => ({
    created_at: createdAt(ctx, i, COURSES.length, rng),
    title: course.title,
    description: i % 6 === 1 ? longText([course.about, ...SYLLABUS], 1600) : course.about,
    language: course.language,
    duration: rng.int(4, 40) * 60,
    price: i % 4 === 0 ? 0 : rng.int(5, 60) * 1000,
    currency: "KZT",
    level: course.level,
  }));
}

const SPECIALIZATIONS = [
  {
    field: "Социальное предпринимательство",
    ru: "Помогает молодёжным командам превратить идею в устойчивый проект.",
    kz: "Жастар командаларына идеяны тұрақты жобаға айналдыруға көмектеседі.",
  },
  {
    field: "Грантовые заявки",
    ru: "Провела более ста консультаций по грантовым программам.",
    kz: "Гранттық бағдарламалар бойынша жүзден астам кеңес берді.",
  },
  {
    field: "IT и цифровые навыки",
    ru: "Ведёт курсы программирования для школьников и студентов.",
    kz: "Оқушылар мен студенттерге бағдарламалау курстарын жүргізеді.",
  },
  {
    field: "Психология и профориентация",
    ru: "Консультирует по выбору профессии и работе со стрессом.",
    kz: "Мамандық таңдау және стресспен жұмыс бойынша кеңес береді.",
  },
  {
    field: "Юриспруденция",
    ru: "Разъясняет трудовое право и права молодых специалистов.",
    kz: "Еңбек құқығы мен жас мамандардың құқықтарын түсіндіреді.",
  },
  {
    field: "Экология",
    ru: "Координирует проекты озеленения и раздельного сбора отходов.",
    kz: "Көгалдандыру және қалдықтарды бөлек жинау жобаларын үйлестіреді.",
  },
  {
    field: "Медиа и журналистика",
    ru: "Учит писать новости и вести соцсети организаций.",
    kz: "Жаңалық жазуды және ұйымдардың әлеуметтік желілерін жүргізуді үйретеді.",
  },
  {
    field: "Спорт и здоровый образ жизни",
    ru: "Тренер и организатор городских забегов.",
    kz: "Жаттықтырушы және қалалық жүгіру жарыстарының ұйымдастырушысы.",
  },
] as const;

export function seedExperts(ctx: SeedContext): SeedRow[] {
  const rng = randomFor("experts");
  const count = 16;
  return Array.from({ length: count }, (_, i) => {
    const spec = SPECIALIZATIONS[i % SPECIALIZATIONS.length]!;
    const langs = languagesOf(i + 3);
    const name = i === 9 ? "Д-р Сәкен Оспанов <PhD>" : PEOPLE[(i * 11 + 4) % PEOPLE.length]!;
    return {
      created_at: createdAt(ctx, i, count, rng),
      full_name: name,
      specialization: spec.field,
      bio_ru: langs.ru ? spec.ru : null,
      bio_kz: langs.kz ? spec.kz : null,
      email: i % 3 === 2 ? null : `expert${i + 1}@tabys.example`,
    };
  });
}
