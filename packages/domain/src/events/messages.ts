// Messages of the change-event rules. Each Vietnamese text is unique (a zod message finds
// its code back through indexMessages); texts that name a date or a person get it appended
// by the rule that raises them.
import type { Messages } from "../validation/result.js";

/** Short free texts on a slip line (note, cause of death, a spouse's name). */
export const SHORT_TEXT_MAX = 300;
/** Members that move together in one household split or merge. */
export const MAX_MEMBERS = 30;

export const EVENT_MESSAGES = {
  // ─── the slip line itself ──────────────────────────────────────────────────────────
  TYPE_REQUIRED: { vi: "Chưa chọn loại biến động", en: "The event type is required" },
  TYPE_INVALID: { vi: "Loại biến động không hợp lệ", en: "Invalid event type" },
  TYPE_NOT_RECORDABLE: {
    vi: "Loại biến động này không ghi qua phiếu thu tin: dùng chức năng tạo hoặc sửa hộ, nhân khẩu",
    en: "This event type is not recorded on a slip: use the household and person forms",
  },
  OCCURRED_ON_REQUIRED: { vi: "Ngày xảy ra là bắt buộc", en: "The date of the event is required" },
  OCCURRED_ON_INVALID: { vi: "Ngày xảy ra không phải là ngày hợp lệ (năm-tháng-ngày)", en: "The date of the event is not a valid date (YYYY-MM-DD)" },
  OCCURRED_ON_FUTURE: { vi: "Ngày xảy ra không được sau ngày hôm nay", en: "The date of the event cannot be after today" },
  ID_INVALID: { vi: "Mã bản ghi không hợp lệ", en: "Invalid record identifier" },
  PERSON_REQUIRED: { vi: "Chưa chọn nhân khẩu", en: "The person is required" },
  HOUSEHOLD_REQUIRED: { vi: "Chưa chọn hộ", en: "The household is required" },
  FIELD_NOT_EXPECTED: { vi: "Trường này không dùng cho loại biến động này", en: "This field is not used for this event type" },
  UNKNOWN_FIELD: { vi: "Trường này không có trong phiếu thu tin", en: "This field is not part of the slip line" },
  PAYLOAD_INVALID: { vi: "Nội dung biến động phải là một bảng các trường", en: "The event details must be an object" },
  IDEMPOTENCY_KEY_INVALID: {
    vi: "Khóa chống ghi trùng phải gồm 8–100 ký tự chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới hoặc dấu hai chấm",
    en: "The idempotency key must be 8–100 characters: ASCII letters, digits, '.', '-', '_' or ':'",
  },
  SOURCE_INVALID: { vi: "Nguồn nhập phải là nhập trực tuyến hoặc nhập từ phiếu giấy", en: "The source must be online entry or a paper slip" },
  SHORT_TEXT_TOO_LONG: { vi: `Nội dung không được quá ${SHORT_TEXT_MAX} ký tự`, en: `Text must have at most ${SHORT_TEXT_MAX} characters` },
  BOOLEAN_INVALID: { vi: "Giá trị phải là có hoặc không", en: "The value must be yes or no" },
  DATE_INVALID: { vi: "Ngày không hợp lệ (năm-tháng-ngày)", en: "Invalid date (YYYY-MM-DD)" },
  MEMBERS_INVALID: {
    vi: `Danh sách thành viên không hợp lệ (tối đa ${MAX_MEMBERS} người, không trùng nhau)`,
    en: `Invalid member list (at most ${MAX_MEMBERS} persons, no repeats)`,
  },

  REJECTION_REASON_REQUIRED: { vi: "Phải ghi lý do từ chối", en: "A reason for the rejection is required" },
  REJECTION_REASON_TOO_LONG: { vi: `Lý do từ chối không được quá ${SHORT_TEXT_MAX} ký tự`, en: `The reason must have at most ${SHORT_TEXT_MAX} characters` },

  // ─── the register as it is ─────────────────────────────────────────────────────────
  PERSON_NOT_FOUND: { vi: "Không tìm thấy nhân khẩu này trong sổ", en: "No such person in the register" },
  HOUSEHOLD_NOT_FOUND: { vi: "Không tìm thấy hộ này trong sổ", en: "No such household in the register" },
  PERSON_DEAD: { vi: "Nhân khẩu đã mất trước ngày xảy ra", en: "The person died before the date of the event" },
  PERSON_NOT_RESIDENT: { vi: "Nhân khẩu đã chuyển đi, không còn cư trú trong xã", en: "The person has moved away and no longer lives in the commune" },
  PERSON_NOT_COUNTED: {
    vi: "Người tạm trú không được tính vào dân số nên không ghi được biến động này",
    en: "Temporary residents are not counted, so this event cannot be recorded for them",
  },
  BEFORE_BIRTH: { vi: "Ngày xảy ra trước ngày sinh của nhân khẩu", en: "The event is dated before the person's birth" },
  BEFORE_RESIDENCE: { vi: "Ngày xảy ra trước ngày nhân khẩu bắt đầu cư trú ở hộ hiện tại", en: "The event is dated before the person began living in the current household" },
  BEFORE_LAST_EVENT: { vi: "Ngày xảy ra trước một biến động đã xác nhận của nhân khẩu", en: "The event is dated before a verified event of the person" },
  HOUSEHOLD_DISSOLVED: { vi: "Hộ đã giải thể", en: "The household has been dissolved" },
  BEFORE_HOUSEHOLD: { vi: "Ngày xảy ra trước ngày lập hộ", en: "The event is dated before the household was established" },
  AREA_NOT_FOUND: { vi: "Không tìm thấy địa bàn (thôn, tổ dân phố) mang mã này", en: "No collaborator area has this code" },
  AREA_OTHER_COMMUNE: { vi: "Địa bàn không thuộc xã của hộ", en: "The area is not in the household's commune" },
  UNIT_CODE_INVALID: { vi: "Mã xã, phường, thị trấn phải gồm 5 chữ số", en: "A commune code has 5 digits" },
  UNIT_NOT_FOUND: {
    vi: "Không có xã, phường, thị trấn nào mang mã này vào ngày xảy ra",
    en: "No commune had this code on the date of the event",
  },
  UNIT_NOT_WHERE_RECORDED: {
    vi: "Xã ghi biến động không phải nơi nhân khẩu hoặc hộ đang cư trú",
    en: "The commune given is not where the person or household lives",
  },
  UNIT_MISMATCH: { vi: "Mã xã và định danh xã không khớp nhau", en: "The commune code and the commune identifier disagree" },
  CCCD_TAKEN: { vi: "Số CCCD đã được dùng cho một nhân khẩu khác trong sổ", en: "The CCCD number already belongs to another person in the register" },
  POSSIBLE_DUPLICATE_PERSON: {
    vi: "Trong sổ đã có người cùng họ tên và ngày sinh: kiểm tra để không ghi trùng",
    en: "The register already has a person with the same name and birth date: check it is not a duplicate",
  },

  // ─── birth ─────────────────────────────────────────────────────────────────────────
  MOTHER_REQUIRED: { vi: "Chưa chọn người mẹ", en: "The mother is required" },
  FATHER_NOT_MALE: { vi: "Người cha phải là nam", en: "The father must be male" },
  FATHER_TOO_YOUNG: { vi: "Cha dưới 12 tuổi khi con sinh ra: kiểm tra lại người cha", en: "The father was under 12 at the birth: check the father" },
  PLACE_OF_DELIVERY_INVALID: { vi: "Nơi sinh phải là cơ sở y tế, tại nhà hoặc nơi khác", en: "The place of delivery must be a health facility, home or elsewhere" },
  BIRTH_ORDER_INVALID: { vi: "Thứ tự sinh phải là số nguyên từ 1 đến 20", en: "The birth order must be a whole number from 1 to 20" },
  BIRTH_ORDER_LOW: {
    vi: "Thứ tự sinh nhỏ hơn số con của mẹ đã có trong sổ: kiểm tra lại",
    en: "The birth order is lower than the number of the mother's children in the register: please check",
  },
  BIRTH_DUPLICATE: {
    vi: "Trẻ này đã có trong sổ (cùng mẹ, cùng họ tên, cùng ngày sinh)",
    en: "This child is already in the register (same mother, name and birth date)",
  },
  BIRTH_INTERVAL_SHORT: {
    vi: "Mẹ có con khác sinh cách đây chưa đến 6 tháng: kiểm tra lại",
    en: "The mother had another child less than 6 months earlier: please check",
  },

  // ─── moves ─────────────────────────────────────────────────────────────────────────
  DESTINATION_AND_ABROAD: { vi: "Đã ghi chuyển ra nước ngoài thì không ghi xã nơi đến", en: "A move abroad has no destination commune" },
  ORIGIN_AND_ABROAD: { vi: "Đã ghi từ nước ngoài đến thì không ghi xã nơi đi", en: "A move from abroad has no origin commune" },
  SAME_COMMUNE_MOVE: {
    vi: "Nơi đến trùng với xã đang cư trú: chuyển hộ trong cùng xã ghi là nhập hộ hoặc tách hộ",
    en: "The destination is the current commune: a change of household within a commune is a merge or a split",
  },
  ALREADY_MOVED: {
    vi: "Nhân khẩu đã được ghi nhận là chuyển khỏi xã này bằng một biến động khác: không ghi trùng",
    en: "The person was already recorded as leaving this commune by another event; it is not counted twice",
  },
  ORIGIN_NOT_CONFIRMED: {
    vi: "Xã nơi đi chưa xác nhận người này chuyển đi: yêu cầu đã được gửi vào danh sách chờ xác nhận của xã đó; xác nhận được khi xã nơi đi xác nhận, hoặc sau 30 ngày kể từ ngày gửi nếu xã đó không trả lời",
    en: "The origin commune has not confirmed that this person left: the request is in its queue; this can be verified once the origin confirms it, or 30 days after it was sent if the origin does not answer",
  },
  ORIGIN_REJECTED_MOVE: {
    vi: "Xã nơi đi đã từ chối xác nhận người này chuyển đi: kiểm tra lại với xã đó, hoặc từ chối dòng này",
    en: "The origin commune refused to confirm that this person left: check with it, or reject this line",
  },
  MOVE_IN_TARGET_REQUIRED: { vi: "Chọn hộ nơi đến, hoặc khai hộ mới", en: "Choose the household moved into, or describe a new household" },
  MOVE_IN_TARGET_AMBIGUOUS: {
    vi: "Chỉ chọn một trong ba: hộ có sẵn, hộ mới, hoặc hộ lập bởi một biến động chuyển đến khác",
    en: "Choose only one of: an existing household, a new household, or the household of another move-in",
  },
  MOVE_IN_PERSON_REQUIRED: {
    vi: "Chọn nhân khẩu có trong sổ, hoặc khai thông tin người mới đến",
    en: "Choose a person in the register, or give the details of the newcomer",
  },
  MOVE_IN_PERSON_AMBIGUOUS: {
    vi: "Đã chọn nhân khẩu trong sổ thì không khai thông tin người mới đến",
    en: "A person chosen from the register needs no newcomer details",
  },
  MOVE_IN_ALREADY_HERE: {
    vi: "Nhân khẩu đang cư trú tại xã này: chuyển hộ trong cùng xã ghi là nhập hộ",
    en: "The person already lives in this commune: a change of household within a commune is a merge",
  },
  MOVE_IN_DATE_MISMATCH: {
    vi: "Ngày chuyển đến phải trùng ngày chuyển đi đã xác nhận ở nơi đi",
    en: "The move-in date must be the move-out date verified at the origin",
  },
  ORIGIN_MISMATCH: {
    vi: "Xã nơi đi không khớp với nơi nhân khẩu cư trú trong sổ",
    en: "The origin commune is not where the person lived according to the register",
  },
  NEWCOMER_TEMPORARY: {
    vi: "Người đến tạm trú không tính vào dân số: thêm vào hộ như nhân khẩu tạm trú, không ghi chuyển đến",
    en: "A temporary resident is not counted: add them to the household as a temporary resident instead",
  },
  NEWCOMER_CCCD_TAKEN: {
    vi: "Số CCCD này đã có trong sổ: chọn nhân khẩu đó thay vì khai người mới",
    en: "This CCCD number is in the register: choose that person instead of a newcomer",
  },
  NEW_HOUSEHOLD_HEAD: { vi: "Người đến lập hộ mới phải là chủ hộ", en: "A person who sets up a new household is its head" },
  HEAD_NOT_ALLOWED: {
    vi: "Hộ đã có chủ hộ: đổi chủ hộ trong phần sửa thông tin hộ",
    en: "The household has a head: change the head in the household form",
  },
  JOIN_EVENT_INVALID: {
    vi: "Biến động được chọn không phải một lần chuyển đến lập hộ mới trong xã này, cùng ngày",
    en: "The chosen event is not a move-in that set up a new household in this commune on the same date",
  },
  JOIN_EVENT_PENDING: {
    vi: "Cần xác nhận trước biến động chuyển đến lập hộ mới mà người này đến cùng",
    en: "First verify the move-in that set up the household this person joins",
  },

  // ─── marriage and divorce ──────────────────────────────────────────────────────────
  SPOUSE_REQUIRED: {
    vi: "Chọn người kết hôn có trong sổ, hoặc ghi họ tên nếu người đó không ở trong sổ",
    en: "Choose the spouse from the register, or give their name if they are not in it",
  },
  SPOUSE_SELF: { vi: "Không thể kết hôn với chính mình", en: "A person cannot marry themselves" },
  SPOUSE_SAME_SEX: { vi: "Vợ và chồng phải khác giới tính", en: "The spouses must be of different sexes" },
  ALREADY_MARRIED: { vi: "Nhân khẩu đang có vợ/chồng trong sổ", en: "The person is married according to the register" },
  SPOUSE_ALREADY_MARRIED: { vi: "Người kết hôn đang có vợ/chồng trong sổ", en: "The spouse is married according to the register" },
  MARRIAGE_ALREADY_RECORDED: { vi: "Cuộc kết hôn này đã được ghi nhận", en: "This marriage is already recorded" },
  MARRIAGE_TOO_YOUNG: {
    vi: "Người dưới 15 tuổi không thể ghi kết hôn: kiểm tra lại ngày sinh hoặc ngày kết hôn",
    en: "A person under 15 cannot be recorded as married: check the dates",
  },
  CHILD_MARRIAGE: {
    vi: "Tảo hôn: chưa đủ tuổi kết hôn theo luật (nam đủ 20, nữ đủ 18), vẫn ghi nhận",
    en: "Child marriage: under the legal age (men 20, women 18); it is recorded",
  },
  BLOOD_RELATIVES: {
    vi: "Cha mẹ với con hoặc anh chị em ruột không được kết hôn: kiểm tra lại",
    en: "Parents and children or siblings cannot marry: please check",
  },
  HOUSEHOLD_CHANGE_INVALID: { vi: "Cách chuyển hộ khi kết hôn không hợp lệ", en: "Invalid change of household on marriage" },
  HOUSEHOLD_CHANGE_NEEDS_SPOUSE: {
    vi: "Chỉ chuyển hộ khi cả hai người cùng đang cư trú trong sổ",
    en: "A change of household needs both spouses living in the register",
  },
  NOT_MARRIED: { vi: "Nhân khẩu không có cuộc hôn nhân nào đang tồn tại trong sổ", en: "The person has no current marriage in the register" },
  SPOUSE_MISMATCH: { vi: "Người được chọn không phải vợ/chồng hiện tại của nhân khẩu", en: "The chosen person is not the current spouse" },
  BEFORE_MARRIAGE: { vi: "Ngày ly hôn trước ngày kết hôn", en: "The divorce is dated before the marriage" },

  // ─── reproductive health ───────────────────────────────────────────────────────────
  NOT_FEMALE: {
    vi: "Chỉ ghi cho phụ nữ (triệt sản nam ghi vào phiếu của người vợ)",
    en: "Recorded for women only (male sterilisation goes on the wife's record)",
  },
  REPRODUCTIVE_AGE_IMPLAUSIBLE: {
    vi: "Tuổi không phù hợp (dưới 10 hoặc trên 55 tuổi): kiểm tra lại ngày sinh hoặc ngày xảy ra",
    en: "Implausible age (under 10 or over 55): check the dates",
  },
  REPRODUCTIVE_AGE_UNUSUAL: {
    vi: "Tuổi của người phụ nữ ngoài khoảng 15–49: đề nghị kiểm tra lại",
    en: "The woman's age is outside 15–49: please check",
  },
  METHOD_REQUIRED: { vi: "Chưa chọn biện pháp tránh thai", en: "The contraceptive method is required" },
  METHOD_INVALID: { vi: "Biện pháp tránh thai không có trong danh mục", en: "Unknown contraceptive method" },
  MALE_STERILISATION_UNMARRIED: {
    vi: "Triệt sản nam chỉ ghi vào phiếu của người phụ nữ đang có chồng",
    en: "Male sterilisation is recorded only for a married woman",
  },
  ALREADY_USING: { vi: "Đang sử dụng một biện pháp tránh thai: ghi là thay đổi biện pháp", en: "A method is in use: record a change of method" },
  NOT_USING: { vi: "Sổ chưa ghi biện pháp tránh thai nào đang sử dụng", en: "No method in use is recorded" },
  METHOD_MISMATCH: { vi: "Biện pháp không khớp với biện pháp đang sử dụng", en: "The method is not the one in use" },
  SAME_METHOD: { vi: "Biện pháp mới trùng với biện pháp đang sử dụng", en: "The new method is the one already in use" },
  BEFORE_METHOD: { vi: "Ngày xảy ra trước ngày bắt đầu biện pháp đang sử dụng", en: "The event is dated before the current method started" },
  STERILISATION_STOP: { vi: "Triệt sản là biện pháp vĩnh viễn: kiểm tra lại việc ngừng", en: "Sterilisation is permanent: please check the stop" },
  PREGNANT_NOW: { vi: "Người phụ nữ đang được ghi là mang thai: kiểm tra lại", en: "The woman is recorded as pregnant: please check" },
  ALREADY_PREGNANT: {
    vi: "Đã ghi một lần mang thai chưa kết thúc: ghi kết thúc lần đó trước",
    en: "A pregnancy is recorded and not ended: record its end first",
  },
  NOT_PREGNANT: { vi: "Sổ chưa ghi lần mang thai nào đang theo dõi", en: "No current pregnancy is recorded" },
  BEFORE_PREGNANCY: { vi: "Ngày xảy ra trước ngày ghi nhận mang thai", en: "The event is dated before the pregnancy was recorded" },
  EXPECTED_DELIVERY_RANGE: {
    vi: "Ngày dự sinh phải sau ngày ghi nhận và trong vòng 10 tháng",
    en: "The expected delivery must be after the record date and within 10 months",
  },
  PREGNANCY_END_INVALID: { vi: "Kết thúc thai kỳ phải là thai chết lưu, sẩy thai hoặc phá thai", en: "A pregnancy end is a stillbirth, a miscarriage or an abortion" },
  NEWBORN_TOO_OLD: { vi: "Sàng lọc sơ sinh chỉ ghi cho trẻ dưới 12 tháng tuổi", en: "Newborn screening is recorded for children under 12 months" },
  NOT_ELDERLY: { vi: "Khám sức khỏe người cao tuổi ghi cho người đủ 60 tuổi trở lên", en: "Elderly health checks are for persons aged 60 or over" },

  // ─── education and households ──────────────────────────────────────────────────────
  EDUCATION_FROM_MISMATCH: { vi: "Trình độ cũ không khớp với trình độ đang ghi trong sổ", en: "The previous level is not the one in the register" },
  EDUCATION_SAME: { vi: "Trình độ mới trùng với trình độ đang ghi trong sổ", en: "The new level is the one already in the register" },
  EDUCATION_LOWER: { vi: "Trình độ mới thấp hơn trình độ đang ghi: kiểm tra lại", en: "The new level is lower than the recorded one: please check" },
  MEMBER_NOT_IN_HOUSEHOLD: { vi: "Có người trong danh sách không đang cư trú trong hộ", en: "Someone in the list does not live in the household" },
  SPLIT_LEAVES_NOBODY: { vi: "Tách hộ phải để lại ít nhất một người ở hộ cũ", en: "A split must leave at least one person in the old household" },
  MERGE_SAME_HOUSEHOLD: { vi: "Hộ nhập vào phải khác hộ đang ở", en: "The household merged into must be another household" },
  OTHER_COMMUNE: {
    vi: "Hai hộ phải cùng một xã: sang xã khác thì ghi chuyển đi và chuyển đến",
    en: "Both households must be in one commune: a change of commune is a move out and a move in",
  },
  FROM_HOUSEHOLD_MISMATCH: { vi: "Hộ cũ không khớp với hộ nhân khẩu đang ở", en: "The previous household is not the person's household" },
  MERGE_NOBODY: { vi: "Hộ không còn ai cư trú để nhập", en: "Nobody lives in the household to merge" },

  // ─── edits of households and persons ───────────────────────────────────────────────
  MEMBERS_REQUIRED: { vi: `Hộ phải có từ 1 đến ${MAX_MEMBERS} người`, en: `A household has 1 to ${MAX_MEMBERS} members` },
  MEMBERS_ONE_HEAD: { vi: "Hộ phải có đúng một chủ hộ", en: "A household has exactly one head" },
  HEAD_NOT_COUNTED: { vi: "Chủ hộ phải là người thường trú hoặc tạm vắng, không phải người tạm trú", en: "The head must be a resident (permanent or temporarily absent), not a temporary resident" },
  ESTABLISHED_ON_INVALID: { vi: "Ngày lập hộ không hợp lệ (năm-tháng-ngày)", en: "Invalid establishment date (YYYY-MM-DD)" },
  ESTABLISHED_ON_FUTURE: { vi: "Ngày lập hộ không được sau ngày hôm nay", en: "The establishment date cannot be after today" },
  SINCE_INVALID: { vi: "Ngày bắt đầu cư trú không hợp lệ (năm-tháng-ngày)", en: "Invalid residence start date (YYYY-MM-DD)" },
  SINCE_FUTURE: { vi: "Ngày bắt đầu cư trú không được sau ngày hôm nay", en: "The residence start date cannot be after today" },
  SINCE_BEFORE_BIRTH: { vi: "Ngày bắt đầu cư trú trước ngày sinh", en: "The residence start date is before the birth date" },
  VERSION_INVALID: { vi: "Thiếu số phiên bản của bản ghi đã đọc", en: "The version of the record as read is missing" },
  HEAD_NOT_RESIDENT: { vi: "Chủ hộ mới phải là người đang cư trú trong hộ", en: "The new head must live in the household" },
  RESIDENCE_STATUS_BY_EVENT: {
    vi: "Chuyển sang hoặc thôi tạm trú được ghi bằng biến động chuyển đến hoặc chuyển đi",
    en: "Becoming or ceasing to be a temporary resident is recorded as a move in or a move out",
  },
  MARITAL_STATUS_BY_EVENT: {
    vi: "Nhân khẩu đang có vợ/chồng trong sổ: ly hôn hoặc góa được ghi bằng biến động",
    en: "The person is married in the register: a divorce or a death is recorded as an event",
  },
  SEX_LOCKED: {
    vi: "Không đổi được giới tính: nhân khẩu có dữ liệu hôn nhân hoặc sức khỏe sinh sản",
    en: "The sex cannot change: the person has marriage or reproductive-health records",
  },
  BIRTH_DATE_AFTER_RECORDS: {
    vi: "Ngày sinh sau ngày bắt đầu cư trú hoặc sau một biến động đã ghi của nhân khẩu",
    en: "The birth date is after the person's residence start or a recorded event",
  },
  DISSOLVED_NO_HEAD: { vi: "Hộ đã giải thể, không còn ai để làm chủ hộ", en: "The household is dissolved: nobody can be its head" },
} as const satisfies Messages<string>;

export type EventIssueCode = keyof typeof EVENT_MESSAGES;
