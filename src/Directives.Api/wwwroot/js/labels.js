// Vietnamese labels for the graph's codes, in one place for every page.

// Direction-aware: "out" is this document → the other, "in" is the other → this document.
export const RELATION_GROUPS = {
  based_on: { out: 'Căn cứ', in: 'Được căn cứ' },
  implements: { out: 'Thực hiện', in: 'Được thực hiện' },
  guides: { out: 'Hướng dẫn', in: 'Được hướng dẫn' },
  continues: { out: 'Tiếp tục thực hiện', in: 'Được tiếp tục thực hiện' },
  reviews: { out: 'Sơ kết, tổng kết', in: 'Được sơ kết, tổng kết' },
  amends: { out: 'Sửa đổi, bổ sung', in: 'Bị sửa đổi, bổ sung' },
  replaces: { out: 'Thay thế', in: 'Bị thay thế' },
  repeals: { out: 'Bãi bỏ', in: 'Bị bãi bỏ' },
  cites: { out: 'Dẫn chiếu', in: 'Được dẫn chiếu' },
};

export const relationLabel = (type, direction) => RELATION_GROUPS[type]?.[direction] ?? 'Liên quan';

export const STATUS_LABELS = {
  in_force: 'Còn hiệu lực', amended: 'Được sửa đổi, bổ sung', replaced: 'Hết hiệu lực (bị thay thế)', repealed: 'Hết hiệu lực (bị bãi bỏ)',
};

export const LEVEL_LABELS = { central: 'Trung ương', province: 'Cấp tỉnh', district: 'Cấp huyện', grassroots: 'Cơ sở' };
export const LEVEL_ORDER = ['central', 'province', 'district', 'grassroots'];
