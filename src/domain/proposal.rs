//! What a document proposes before anyone confirms it: tasks with their leads as the
//! document names them (registered units, groups of units, agencies not registered yet).
//! Plain data, read by `crate::import`, kept by `crate::store`, confirmed into tasks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Programme;

/// Who a proposed task is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Assignee {
    Unit(i64),
    /// "các sở, ban, ngành", "UBND các huyện, thành phố": one task per unit, or one for the group.
    Group(Group),
    /// An agency the committee has not registered, as written.
    Unknown(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Group {
    /// The departments and agencies (sở, ban, ngành).
    Departments,
    /// The districts and cities (UBND huyện, thành phố), before the 2025 reorganisation.
    Districts,
    /// The communes and wards (UBND xã, phường), since 1/7/2025.
    Communes,
}

/// A task the document proposes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub item: Option<String>,
    pub text: String,
    /// Everyone named responsible; each gets a task (co-units stay co-units).
    pub leads: Vec<Assignee>,
    /// The leads as the document writes them, one per lead (empty in drafts stored before).
    #[serde(default)]
    pub lead_names: Vec<String>,
    /// The co-units the committee has.
    pub co_units: Vec<i64>,
    /// Every co-unit as the document writes it, registered or not.
    #[serde(default)]
    pub co_names: Vec<String>,
    pub deadline: Option<NaiveDate>,
    /// The deadline's words ("trong Quý III/2026", "định kỳ hằng quý"), also when they give
    /// no single date.
    #[serde(default)]
    pub deadline_text: Option<String>,
    pub programme: Programme,
    pub source_document: Option<String>,
    /// A task code from a spreadsheet (an export read back).
    pub code: Option<String>,
}

/// What a document says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    /// How tasks will name their source ("Thông báo kết luận ngày 08/8/2023").
    pub source: Option<String>,
    pub proposals: Vec<Proposal>,
}
