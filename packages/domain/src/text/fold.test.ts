import { describe, expect, it } from "vitest";
import { foldVietnamese } from "./fold.js";

describe("foldVietnamese", () => {
  it("removes diacritics and folds đ", () => {
    expect(foldVietnamese("Nguyễn Thị Hồng Đào")).toBe("nguyen thi hong dao");
    expect(foldVietnamese("Phường Cẩm Thượng")).toBe("phuong cam thuong");
  });
  it("folds precomposed and decomposed input alike", () => {
    expect(foldVietnamese("Hu\u1ef3nh")).toBe("huynh"); // precomposed ỳ
    expect(foldVietnamese("Huy\u0300nh")).toBe("huynh"); // y + combining grave
  });
  it("collapses spaces", () => {
    expect(foldVietnamese("  Lê   Văn  An ")).toBe("le van an");
  });
});
