//! Realistic data at a chosen scale, for the benchmarks and for trying dondoc under load:
//! provincial departments and communes as units, members in each, tasks of the kinds
//! committees assign with deadlines over three years and the statuses a real list has
//! (mostly done in the past, some overdue, the future not started or under way), and the
//! officers' status reports on them. The same seed gives the same data.

use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, NaiveTime, TimeZone, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::app::App;
use crate::store::seed::{MemberRow, ReportRow, TaskRow};
use crate::store::{self, StoreError};

/// How much to create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub units: usize,
    pub members_per_unit: usize,
    pub tasks: usize,
    pub reports: usize,
}

impl Scale {
    /// Every province and ministry on one bot.
    pub const NATIONAL: Scale =
        Scale { units: 2_000, members_per_unit: 10, tasks: 200_000, reports: 1_000_000 };
    /// One province's committee.
    pub const PROVINCE: Scale = Scale { units: 40, members_per_unit: 2, tasks: 400, reports: 2_000 };
}

/// What was created, and how long it took.
#[derive(Debug, Clone, Copy)]
pub struct Seeded {
    pub units: usize,
    pub members: usize,
    pub tasks: usize,
    pub reports: usize,
    pub took: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("the database already has units, members or tasks; seed an empty one")]
    NotEmpty,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot add a unit: {0}")]
    Unit(String),
}

/// The 34 provinces and cities after the 2025 reform; the cities are `thành phố`.
const PROVINCES: [(&str, bool); 34] = [
    ("Hà Nội", true),
    ("Huế", true),
    ("Lai Châu", false),
    ("Điện Biên", false),
    ("Sơn La", false),
    ("Lạng Sơn", false),
    ("Quảng Ninh", false),
    ("Thanh Hóa", false),
    ("Nghệ An", false),
    ("Hà Tĩnh", false),
    ("Cao Bằng", false),
    ("Tuyên Quang", false),
    ("Lào Cai", false),
    ("Thái Nguyên", false),
    ("Phú Thọ", false),
    ("Bắc Ninh", false),
    ("Hưng Yên", false),
    ("Hải Phòng", true),
    ("Ninh Bình", false),
    ("Quảng Trị", false),
    ("Đà Nẵng", true),
    ("Quảng Ngãi", false),
    ("Gia Lai", false),
    ("Khánh Hòa", false),
    ("Lâm Đồng", false),
    ("Đắk Lắk", false),
    ("Hồ Chí Minh", true),
    ("Đồng Nai", false),
    ("Tây Ninh", false),
    ("Cần Thơ", true),
    ("Vĩnh Long", false),
    ("Đồng Tháp", false),
    ("Cà Mau", false),
    ("An Giang", false),
];

/// Provincial agencies: full name, short name.
const AGENCIES: [(&str, &str); 20] = [
    ("Văn phòng UBND", "VP UBND"),
    ("Sở Nội vụ", "SNV"),
    ("Sở Tư pháp", "STP"),
    ("Sở Tài chính", "STC"),
    ("Sở Khoa học và Công nghệ", "Sở KH&CN"),
    ("Sở Công Thương", "SCT"),
    ("Sở Xây dựng", "SXD"),
    ("Sở Nông nghiệp và Môi trường", "Sở NN&MT"),
    ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
    ("Sở Y tế", "SYT"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
    ("Sở Dân tộc và Tôn giáo", "Sở DT&TG"),
    ("Sở Ngoại vụ", "SNgV"),
    ("Thanh tra", "TT"),
    ("Công an", "CA"),
    ("Bảo hiểm xã hội", "BHXH"),
    ("Cục Thuế", "CT"),
    ("Ngân hàng Nhà nước chi nhánh", "NHNN"),
    ("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
    ("Viễn thông", "VNPT"),
];

const SURNAMES: [&str; 10] = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
const GIVEN: [&str; 12] = [
    "Văn An",
    "Thị Bình",
    "Minh Châu",
    "Đức Dũng",
    "Thu Hà",
    "Quang Huy",
    "Thị Lan",
    "Hữu Nam",
    "Thanh Phương",
    "Văn Quân",
    "Ngọc Sơn",
    "Thị Yến",
];

const WORK: [&str; 12] = [
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "Cung cấp dịch vụ công trực tuyến toàn trình",
    "Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư",
    "Triển khai ứng dụng VNeID trong giải quyết thủ tục hành chính",
    "Xây dựng cơ sở dữ liệu chuyên ngành",
    "Tập huấn kỹ năng số cho cán bộ, công chức",
    "Rà soát, chuẩn hóa dữ liệu hộ tịch",
    "Triển khai thanh toán không dùng tiền mặt",
    "Bảo đảm an toàn thông tin hệ thống theo cấp độ",
    "Tích hợp hệ thống quản lý văn bản với nền tảng LGSP",
    "Xây dựng kho dữ liệu dùng chung",
    "Báo cáo kết quả thực hiện Đề án 06",
];

fn unit_name(i: usize, provinces: usize) -> (String, String) {
    let (province, city) = PROVINCES[i % provinces];
    let k = i / provinces;
    let level = if city { "thành phố" } else { "tỉnh" };
    match AGENCIES.get(k) {
        Some((full, short)) => (format!("{full} {level} {province}"), format!("{short} {province}")),
        None => {
            let n = k - AGENCIES.len() + 1;
            (format!("UBND xã số {n} {level} {province}"), format!("UBND xã {n} {province}"))
        }
    }
}

/// Fills an empty database. Units go through the store as the bot adds them (so their names
/// match as typed); members, tasks and reports in bulk, in transactions of 10,000 tasks.
pub async fn seed(app: &App, scale: &Scale, seed: u64) -> Result<Seeded, SeedError> {
    let started = Instant::now();
    let tz = app.config.tz;
    let now = app.now();
    let today = now.with_timezone(&tz).date_naive();
    let at = |day: NaiveDate, rng: &mut StdRng| {
        let time =
            NaiveTime::from_hms_opt(rng.random_range(7..17), rng.random_range(0..60), 0).expect("valid");
        let local = tz.from_local_datetime(&day.and_time(time)).earliest().expect("no gap at office hours");
        local.with_timezone(&Utc).min(now)
    };
    let mut rng = StdRng::seed_from_u64(seed);

    let mut tx = app.store.begin().await?;
    if !store::seed::is_empty(&mut tx).await? {
        return Err(SeedError::NotEmpty);
    }
    let provinces = if scale.units >= PROVINCES.len() * 4 { PROVINCES.len() } else { 1 };
    let mut units = Vec::with_capacity(scale.units);
    for i in 0..scale.units {
        let (name, short) = unit_name(i, provinces);
        let id = store::units::add(&mut tx, &name, &short, &[], now)
            .await
            .map_err(|e| SeedError::Unit(e.to_string()))?;
        units.push(id);
    }
    let mut members = Vec::with_capacity(scale.units * scale.members_per_unit);
    for (u, unit) in units.iter().enumerate() {
        for m in 0..scale.members_per_unit {
            // The first unit of each province (its People's Committee office) holds the chair
            // and the secretariat.
            let role = match (u < provinces, m) {
                (true, 0) => "chair",
                (true, 1) => "secretariat",
                _ => "officer",
            };
            let name = format!(
                "{} {}",
                SURNAMES[rng.random_range(0..SURNAMES.len())],
                GIVEN[rng.random_range(0..GIVEN.len())]
            );
            members.push(MemberRow {
                telegram_id: 100_000_000 + (u * scale.members_per_unit + m) as i64,
                display_name: name,
                unit_id: *unit,
                role,
            });
        }
    }
    store::seed::members(&mut tx, &members, now).await?;
    let member_ids = store::seed::member_ids(&mut tx).await?;
    tx.commit().await?;
    let mut members_of: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
    for (member, unit) in &member_ids {
        members_of.entry(*unit).or_default().push(*member);
    }

    // Deadlines over three years: last year, this year, next year.
    let first = NaiveDate::from_ymd_opt(today.year() - 1, 1, 1).expect("valid");
    let span = (NaiveDate::from_ymd_opt(today.year() + 1, 12, 31).expect("valid") - first).num_days();
    // Each report goes to a random task, so some have none and some many.
    let mut report_counts = vec![0u16; scale.tasks];
    for _ in 0..scale.reports {
        let t = rng.random_range(0..scale.tasks.max(1));
        report_counts[t] = report_counts[t].saturating_add(1);
    }
    let mut reports_made = 0;
    const CHUNK: usize = 10_000;
    for start in (0..scale.tasks).step_by(CHUNK) {
        let mut tasks = Vec::with_capacity(CHUNK);
        let mut co_units = Vec::new();
        let mut reports = Vec::new();
        for (t, &share) in report_counts.iter().enumerate().skip(start).take(CHUNK) {
            let id = t as i64 + 1;
            let lead = units[rng.random_range(0..units.len())];
            let deadline =
                (!rng.random_bool(0.08)).then(|| first + chrono::Duration::days(rng.random_range(0..=span)));
            // Created by yesterday at the latest, so every task can carry its share of the
            // history whatever today's date (a task created today has none yet).
            let created_on = (deadline.unwrap_or(today) - chrono::Duration::days(rng.random_range(20..240)))
                .min(today - chrono::Duration::days(1));
            let created_at = at(created_on, &mut rng);
            let past = deadline.is_some_and(|d| d < today);
            let roll: f64 = rng.random();
            let (status, completed_on) = match (past, deadline) {
                (true, Some(d)) if roll < 0.70 => {
                    let late =
                        if rng.random_bool(0.2) { rng.random_range(1..40) } else { -rng.random_range(0..20) };
                    ("done", Some((d + chrono::Duration::days(late)).min(today).max(created_on)))
                }
                (true, _) if roll < 0.72 => ("cancelled", None),
                (true, _) if roll < 0.97 => ("in_progress", None),
                (true, _) => ("not_started", None),
                (false, _) if roll < 0.10 => (
                    "done",
                    Some(today - chrono::Duration::days(rng.random_range(0..30)).min(today - created_on)),
                ),
                (false, _) if roll < 0.55 => ("in_progress", None),
                (false, _) if roll < 0.58 => ("awaiting_confirmation", None),
                (false, _) => ("not_started", None),
            };
            let crew = &members_of[&lead];
            let count = u32::from(share);
            let mut percent = 0u8;
            let mut last_report_at = None;
            let mut has_obstacle = false;
            let until = completed_on.unwrap_or(today);
            for r in 0..count {
                let day = created_on
                    + chrono::Duration::days(
                        ((until - created_on).num_days().max(1) * (r as i64 + 1)) / (count as i64 + 1),
                    );
                let reported_at = at(day, &mut rng);
                let final_one = r + 1 == count;
                let (kind, text, value) = if final_one && status == "done" {
                    ("done", "đã hoàn thành".to_string(), Some(100))
                } else if status == "not_started" {
                    ("not_started", "chưa triển khai, đang chờ kinh phí".to_string(), None)
                } else if rng.random_bool(0.05) {
                    has_obstacle = true;
                    ("obstacle", "vướng mắc về kinh phí, đề nghị hỗ trợ".to_string(), Some(percent))
                } else {
                    percent = (percent + rng.random_range(5..30)).min(95);
                    ("in_progress", format!("đang triển khai, đạt {percent}%"), Some(percent))
                };
                reports.push(ReportRow {
                    task_id: id,
                    member_id: Some(crew[rng.random_range(0..crew.len())]),
                    reported_at,
                    kind,
                    percent: value,
                    text,
                    source: if rng.random_bool(0.6) { "reply" } else { "button" },
                });
                last_report_at = Some(reported_at);
            }
            reports_made += count as usize;
            if rng.random_bool(0.3) {
                for _ in 0..rng.random_range(1..=3) {
                    let co = units[rng.random_range(0..units.len())];
                    if co != lead {
                        co_units.push((id, co));
                    }
                }
            }
            let progress = match status {
                "done" | "awaiting_confirmation" => 100,
                "not_started" | "cancelled" => 0,
                _ => percent,
            };
            let programme = match rng.random_range(0..10) {
                0..6 => "cds",
                6..9 => "da06",
                _ => "other",
            };
            let document = rng.random_range(1..400);
            tasks.push(TaskRow {
                id,
                item_number: format!("{}.{}", rng.random_range(1..6), rng.random_range(1..12)),
                text: format!(
                    "{} năm {}",
                    WORK[rng.random_range(0..WORK.len())],
                    deadline.unwrap_or(today).year()
                ),
                programme,
                source_document: format!("Thông báo số {document}/TB-UBND"),
                year: deadline.map(|d| d.year()),
                lead_unit_id: lead,
                deadline,
                status,
                progress,
                has_obstacle: has_obstacle && status == "in_progress",
                completed_on,
                last_report_at,
                created_at,
            });
        }
        let mut tx = app.store.begin().await?;
        store::seed::tasks(&mut tx, &tasks).await?;
        store::seed::co_units(&mut tx, &co_units).await?;
        store::seed::reports(&mut tx, &reports).await?;
        tx.commit().await?;
    }
    Ok(Seeded {
        units: units.len(),
        members: members.len(),
        tasks: scale.tasks,
        reports: reports_made,
        took: started.elapsed(),
    })
}
