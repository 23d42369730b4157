from .activities import AuditSample, CEActivity, CEActivityDecision
from .education import (
    CECategoryMinimum,
    CECredit,
    CEExemption,
    CERequirement,
    ComplianceRecord,
    ComplianceStatus,
    MemberCEProfile,
)
from .framework import (
    Competency,
    CompetencyEvidence,
    CompetencyHolding,
    EvidenceMapping,
    ReadinessRule,
)
from .kinds import ActivityKind, CreditCategory
from .reports import ReportExport

__all__ = [
    "ActivityKind",
    "AuditSample",
    "CEActivity",
    "CEActivityDecision",
    "CECategoryMinimum",
    "CECredit",
    "CEExemption",
    "CERequirement",
    "Competency",
    "CompetencyEvidence",
    "CompetencyHolding",
    "ComplianceRecord",
    "ComplianceStatus",
    "CreditCategory",
    "EvidenceMapping",
    "MemberCEProfile",
    "ReadinessRule",
    "ReportExport",
]
