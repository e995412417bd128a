import { describe, expect, it } from "vitest";
import { localized, variantOrder } from "./localized.js";

const event = {
  title_ru: "Форум молодёжи",
  title_kz: "Жастар форумы",
  description_ru: "Описание",
  description_kz: "  ",
};

describe("localized field pick", () => {
  it("a Kazakh reader gets the Kazakh title, a Russian reader the Russian one", () => {
    expect(localized(event, "title", "kk")).toBe("Жастар форумы");
    expect(localized(event, "title", "ru")).toBe("Форум молодёжи");
  });

  it("English and Romanian readers get Russian first", () => {
    expect(localized(event, "title", "en")).toBe("Форум молодёжи");
    expect(localized(event, "title", "ro")).toBe("Форум молодёжи");
    expect(variantOrder("title", "en")).toEqual(["title_ru", "title_kz", "title"]);
    expect(variantOrder("title", "kk")).toEqual(["title_kz", "title_ru", "title"]);
  });

  it("an empty or blank variant falls back to the other language", () => {
    expect(localized(event, "description", "kk")).toBe("Описание");
    expect(localized({ title_ru: "", title_kz: "Тек қазақша" }, "title", "ru")).toBe("Тек қазақша");
  });

  it("a type without pairs has the plain field; nothing filled is undefined", () => {
    expect(localized({ title: " Python " }, "title", "kk")).toBe("Python");
    expect(localized({ title_ru: null, title_kz: 3 }, "title", "ru")).toBeUndefined();
  });
});
