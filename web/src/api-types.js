// The REST API's answers as the web app reads them: JSDoc typedefs generated from the OpenAPI snapshot
// (tests/Safeground.Server.Tests/Snapshots/openapi-api.json) by the Server.Tests' WebApiTypesTests. Do not edit: refresh with
// SAFEGROUND_UPDATE_SNAPSHOTS=1 dotnet test tests/Safeground.Server.Tests --filter Snapshot. Use as
// /** @param {import('../api-types.js').HazardDetailView} h */ ; the test checks the fields read from such names.

/**
 * @typedef {object} AccidentView
 * @property {string} report
 * @property {null|string} [hazard]
 * @property {string} organisation
 * @property {null|string} [region]
 * @property {string} date
 * @property {string} occurredAt
 * @property {boolean} isDemining
 * @property {null|EoCategory} deviceCategory
 * @property {null|string} [deviceModel]
 * @property {null|string} [cause]
 * @property {null|boolean} [noVictims]
 * @property {VictimCountsView} victims
 * @property {null|Geometry} geometry
 */

/**
 * @typedef {object} Accreditation
 * @property {Activity} activity
 * @property {null|string} [validUntil]
 */

/** @typedef {'non-technical-survey'|'technical-survey'|'clearance'|'eod'|'risk-education'|'quality-management'} Activity */

/** @typedef {'unknown'|'child'|'adult'|'older'} AgeBand */

/**
 * @typedef {object} AntiforgeryAnswer
 * @property {string} token
 * @property {string} header
 */

/**
 * @typedef {object} ApprovalView
 * @property {ReportSummaryView} report
 * @property {Array<HazardSummaryView>} hazards
 */

/** @typedef {'manual'|'mechanical'|'mine-detection-dogs'} AssetKind */

/**
 * @typedef {object} AuditEntry
 * @property {string} time
 * @property {string} username
 * @property {string} remoteAddress
 * @property {string} method
 * @property {string} path
 * @property {string} action
 * @property {null|string} [targetId]
 * @property {number} status
 */

/**
 * @typedef {object} BatchOutcomeView
 * @property {string} id
 * @property {string} outcome
 * @property {null|string} [reason]
 * @property {null|string} [href]
 */

/**
 * @typedef {object} BatchView
 * @property {number} stored
 * @property {Array<BatchOutcomeView>} reports
 */

/** @typedef {'unknown'|'farming'|'herding'|'collecting-firewood'|'collecting-scrap'|'collecting-food'|'hunting'|'travelling'|'playing'|'tampering'|'household'|'construction'|'other'} CasualtyActivity */

/**
 * @typedef {object} CasualtyGroupView
 * @property {string} sex
 * @property {string} age
 * @property {number} killed
 * @property {number} injured
 */

/**
 * @typedef {object} CheckSummaryView
 * @property {number} findings
 * @property {Object<string, number>} bySeverity
 * @property {Object<string, Object<string, number>>} byRule
 * @property {null|Severity} [failOn]
 * @property {null|boolean} [failed]
 */

/**
 * @typedef {object} CheckView
 * @property {null|string} [store]
 * @property {string} programme
 * @property {null|string} [rules]
 * @property {string} checkedAt
 * @property {Severity} minSeverity
 * @property {Array<FindingView>} findings
 * @property {CheckSummaryView} summary
 */

/**
 * @typedef {object} CiviliansView
 * @property {number} incidents
 * @property {number} killed
 * @property {number} injured
 * @property {Array<CasualtyGroupView>} bySexAndAge
 * @property {Object<string, number>} incidentsByActivity
 */

/**
 * @typedef {object} ClaimBody
 * @property {null|number} [devices]
 * @property {null|string} [area]
 * @property {null|number} [days]
 * @property {null|number} [people]
 * @property {null|number} [teams]
 * @property {null|number} [killed]
 * @property {null|number} [injured]
 */

/**
 * @typedef {object} ClaimFigureView
 * @property {string} id
 * @property {string} label
 * @property {null|number} [value]
 * @property {string} unit
 * @property {string} reference
 * @property {Verdict} verdict
 * @property {string} reason
 * @property {null|string} [rule]
 * @property {null|RecordedPlacementView} recorded
 */

/**
 * @typedef {object} ClaimInputView
 * @property {null|number} [devices]
 * @property {null|number} [areaM2]
 * @property {null|string} [area]
 * @property {null|string} [areaNote]
 * @property {null|number} [days]
 * @property {null|number} [people]
 * @property {null|number} [teams]
 * @property {null|number} [killed]
 * @property {null|number} [injured]
 */

/**
 * @typedef {object} ClaimView
 * @property {ClaimInputView} claim
 * @property {string} programme
 * @property {Verdict} verdict
 * @property {Array<ClaimFigureView>} figures
 * @property {Array<string>} notes
 * @property {null|RecordedDataView} [recorded]
 */

/**
 * @typedef {object} ConflictListView
 * @property {Array<ConflictView>} conflicts
 */

/**
 * @typedef {object} ConflictView
 * @property {string} superseded
 * @property {ReportStatus} status
 * @property {Array<string>} pending
 * @property {number} others
 * @property {string} message
 * @property {Array<string>} links
 */

/** @typedef {'anti-personnel-mines'|'anti-vehicle-mines'|'cluster-munitions'|'other-erw'|'improvised-mines'|null} ContaminationType */

/**
 * @typedef {object} Decision
 * @property {null|string} [by]
 * @property {null|string} [reason]
 */

/**
 * @typedef {object} Deployment
 * @property {string} id
 * @property {string} teamId
 * @property {string} region
 * @property {string} start
 * @property {number} plannedDays
 * @property {null|string} [retiredOn]
 * @property {string} [plannedEnd]
 */

/**
 * @typedef {object} DeploymentView
 * @property {string} id
 * @property {null|string} [team]
 * @property {null|AssetKind} asset
 * @property {number} teamSize
 * @property {null|string} [region]
 * @property {number} deminerDays
 * @property {number} machineHours
 * @property {number} clearedM2
 * @property {number} finds
 * @property {number} killed
 * @property {number} injured
 * @property {null|number} [m2PerDeminerDay]
 * @property {null|number} [m2PerMachineHour]
 * @property {null|number} [findsPerM2]
 * @property {null|number} [findsPerDeminerDay]
 * @property {null|number} [casualtiesPer100People]
 * @property {null|number} [casualtiesPer1000Finds]
 */

/** @typedef {'destroyed-in-situ'|'removed'|'other'} Disposal */

/** @typedef {'ap-mine'|'at-mine'|'uxo'|'axo'|'submunition'|'ied'|'small-arms-ammunition'} EoCategory */

/** @typedef {'unknown'|'intact'|'damaged'|'armed'|'fuzed'|'deteriorated'} EoCondition */

/**
 * @typedef {object} EoFind
 * @property {EoCategory} category
 * @property {null|string} [model]
 * @property {number} quantity
 * @property {EoCondition} condition
 * @property {null|number} [depthCm]
 * @property {Point} position
 * @property {Disposal} disposal
 */

/** @typedef {'presentation'|'interpersonal'|'community-liaison'|'mass-media'|'digital'|'other'} EoreMethod */

/**
 * @typedef {object} Evidence
 * @property {EvidenceType} type
 * @property {EvidenceSource} source
 * @property {null|string} [note]
 * @property {boolean} [isDirect]
 */

/** @typedef {'visual'|'verbal'|'records'} EvidenceSource */

/** @typedef {'eo-seen'|'marking'|'scrap'|'craters'|'damaged-infrastructure'|'unused-productive-land'|'reported-detonation'|'accident'} EvidenceType */

/**
 * @typedef {object} EvidenceView
 * @property {boolean} directIsCha
 * @property {number} chaThreshold
 * @property {Object<string, number>} types
 * @property {Object<string, number>} sources
 */

/**
 * @typedef {object} FetchRequest
 * @property {Array<string>} ids
 */

/**
 * @typedef {object} FindingView
 * @property {Severity} severity
 * @property {string} rule
 * @property {string} record
 * @property {string} recordKind
 * @property {string} recordId
 * @property {string} message
 * @property {null|number} [figure]
 * @property {null|number} [threshold]
 * @property {null|string} [unit]
 */

/**
 * @typedef {object} FindView
 * @property {string} report
 * @property {number} index
 * @property {null|string} [hazard]
 * @property {string} organisation
 * @property {null|string} [region]
 * @property {string} date
 * @property {EoCategory} category
 * @property {null|string} [model]
 * @property {number} quantity
 * @property {EoCondition} condition
 * @property {null|number} [depthCm]
 * @property {Disposal} disposal
 * @property {null|Geometry} geometry
 */

/** @typedef {'unknown'|'pressure'|'pressure-release'|'tripwire'|'tilt-rod'|'command'|'time'|'influence'|'seismic'|'electric'|'impact'} FuzeKind */

/** @typedef {'unknown'|'female'|'male'} Gender */

/**
 * @typedef {object} Geometry
 * @property {string} type
 */

/**
 * @typedef {object} HazardAreasView
 * @property {number} originalM2
 * @property {number} cancelledM2
 * @property {number} reducedM2
 * @property {number} clearedM2
 * @property {number} remainingM2
 * @property {number} releasedM2
 * @property {number} reopenedM2
 */

/** @typedef {'sha'|'cha'} HazardClass */

/**
 * @typedef {object} HazardDetailView
 * @property {string} id
 * @property {null|string} [name]
 * @property {null|string} [region]
 * @property {string} organisation
 * @property {HazardClass} class
 * @property {HazardStatus} status
 * @property {HazardAreasView} areas
 * @property {null|Geometry} geometry
 * @property {null|Geometry} original
 * @property {null|Geometry} defined
 * @property {Array<Evidence>} evidence
 * @property {Array<EoCategory>} suspectedCategories
 * @property {Array<ReleaseView>} releases
 * @property {Array<RuleFlag>} flags
 * @property {number} findCount
 * @property {number} accidentCount
 * @property {null|number} [clearanceDepthCm]
 * @property {string} createdOn
 * @property {string} lastReportOn
 * @property {string} lastReport
 * @property {number} reportCount
 * @property {null|string} [handedOverTo]
 * @property {null|string} [handedOverOn]
 * @property {Array<LinkView>} links
 * @property {null|ContaminationType} [contaminationType]
 * @property {null|ContaminationType} [suggestedContaminationType]
 */

/**
 * @typedef {object} HazardImpactView
 * @property {string} id
 * @property {null|HazardStateView} before
 * @property {null|HazardStateView} after
 * @property {Array<ReleaseView>} releases
 * @property {Array<RuleFlag>} flags
 */

/**
 * @typedef {object} HazardReportsView
 * @property {string} hazard
 * @property {Array<ReportSummaryView>} items
 */

/**
 * @typedef {object} HazardStateView
 * @property {HazardClass} class
 * @property {HazardStatus} status
 * @property {number} originalM2
 * @property {number} cancelledM2
 * @property {number} reducedM2
 * @property {number} clearedM2
 * @property {number} remainingM2
 * @property {number} findCount
 * @property {null|Geometry} remaining
 * @property {number} [reopenedM2]
 */

/** @typedef {'open'|'in-progress'|'suspended'|'closed'} HazardStatus */

/**
 * @typedef {object} HazardSummaryView
 * @property {string} id
 * @property {null|string} [name]
 * @property {null|string} [region]
 * @property {string} organisation
 * @property {HazardClass} class
 * @property {HazardStatus} status
 * @property {number} originalM2
 * @property {number} cancelledM2
 * @property {number} reducedM2
 * @property {number} clearedM2
 * @property {number} remainingM2
 * @property {number} findCount
 * @property {number} accidentCount
 * @property {string} createdOn
 * @property {string} lastReportOn
 * @property {null|string} [handedOverTo]
 * @property {string} href
 * @property {null|ContaminationType} [contaminationType]
 * @property {null|ContaminationType} [suggestedContaminationType]
 */

/**
 * @typedef {object} ImpactView
 * @property {ReportSummaryView} report
 * @property {number} finds
 * @property {Array<HazardImpactView>} hazards
 */

/** @typedef {*} JsonElement */

/**
 * @typedef {object} LinkView
 * @property {string} rel
 * @property {string} href
 * @property {null|string} [title]
 */

/**
 * @typedef {object} Login
 * @property {null|string} [username]
 * @property {null|string} [password]
 */

/**
 * @typedef {object} ManifestEntry
 * @property {string} id
 * @property {ReportStatus} status
 * @property {null|string} [decidedAt]
 */

/**
 * @typedef {object} MaterialsDistributed
 * @property {string} item
 * @property {number} quantity
 */

/**
 * @typedef {object} NewTokenView
 * @property {string} token
 * @property {string} id
 * @property {string} name
 * @property {string} expires
 * @property {string} user
 */

/** @typedef {'minor'|'major'|'critical'} NonConformitySeverity */

/**
 * @typedef {object} OrdnanceModelInput
 * @property {string} name
 * @property {EoCategory} category
 * @property {null|Array<FuzeKind>} [fuzes]
 * @property {null|string} [hazard]
 * @property {null|Array<string>} [aliases]
 * @property {null|string} [country]
 */

/**
 * @typedef {object} OrdnanceModelView
 * @property {string} id
 * @property {string} name
 * @property {EoCategory} category
 * @property {Array<FuzeKind>} fuzes
 * @property {null|string} [hazard]
 * @property {Array<string>} aliases
 * @property {null|string} [country]
 * @property {null|string} [retiredOn]
 */

/**
 * @typedef {object} Organisation
 * @property {string} id
 * @property {string} name
 * @property {string} country
 * @property {Array<Accreditation>} [accreditations]
 * @property {null|string} [retiredOn]
 * @property {boolean} [isManaged]
 */

/**
 * @typedef {object} PagedListOfAccidentView
 * @property {Array<AccidentView>} items
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 * @property {null|string} [next]
 */

/**
 * @typedef {object} PagedListOfAuditEntry
 * @property {Array<AuditEntry>} items
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 * @property {null|string} [next]
 */

/**
 * @typedef {object} PagedListOfDeployment
 * @property {Array<Deployment>} items
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 * @property {null|string} [next]
 */

/**
 * @typedef {object} PagedListOfFindView
 * @property {Array<FindView>} items
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 * @property {null|string} [next]
 */

/**
 * @typedef {object} PagedListOfHazardSummaryView
 * @property {Array<HazardSummaryView>} items
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 * @property {null|string} [next]
 */

/**
 * @typedef {object} PagedListOfOrganisation
 * @property {Array<Organisation>} items
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 * @property {null|string} [next]
 */

/**
 * @typedef {object} PagedListOfReportSummaryView
 * @property {Array<ReportSummaryView>} items
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 * @property {null|string} [next]
 */

/**
 * @typedef {object} PagedListOfTeam
 * @property {Array<Team>} items
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 * @property {null|string} [next]
 */

/**
 * @typedef {object} PeopleCount
 * @property {Gender} sex
 * @property {AgeBand} age
 * @property {boolean} withDisability
 * @property {number} count
 */

/**
 * @typedef {object} Point
 * @property {string} type
 */

/**
 * @typedef {object} ProblemDetails
 * @property {null|string} [type]
 * @property {null|string} [title]
 * @property {null|number} [status]
 * @property {null|string} [detail]
 * @property {null|string} [instance]
 */

/**
 * @typedef {object} ProductivityView
 * @property {number} clearedM2
 * @property {number} effort
 * @property {string} unit
 * @property {null|number} [m2PerUnit]
 */

/**
 * @typedef {object} PushRequest
 * @property {Array<Report>} reports
 */

/** @typedef {'passed'|'failed'} QcResult */

/**
 * @typedef {object} RecordedDataView
 * @property {null|string} [store]
 * @property {Array<DeploymentView>} deployments
 * @property {DeploymentView} all
 * @property {number} reportsWithoutDeployment
 */

/**
 * @typedef {object} RecordedPlacementView
 * @property {number} deployments
 * @property {number} below
 * @property {number} equal
 * @property {number} rank
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {null|number} [overall]
 * @property {string} text
 */

/** @typedef {'cancelled'|'reduced'|'cleared'|'reopened'} ReleaseMethod */

/**
 * @typedef {object} ReleaseView
 * @property {null|string} [report]
 * @property {ReleaseMethod} method
 * @property {string} date
 * @property {number} areaM2
 * @property {number} claimedM2
 * @property {null|Geometry} geometry
 */

/**
 * @typedef {object} Report
 * @property {string} id
 * @property {null|string} [hazardId]
 * @property {string} organisationId
 * @property {null|string} [teamId]
 * @property {null|string} [deploymentId]
 * @property {string} dateOfInformation
 * @property {string} submittedAt
 * @property {string} submittedBy
 * @property {ReportBody} body
 * @property {null|string} [supersedes]
 * @property {null|string} [supersedeReason]
 * @property {null|Array<string>} [alsoHazards]
 */

/** @typedef {object} ReportBody */

/**
 * @typedef {object} ReportBodyAccidentReport
 * @property {'accident'} [kind]
 * @property {string} occurredAt
 * @property {Point} position
 * @property {boolean} isDemining
 * @property {null|string} [activityAtTime]
 * @property {null|AssetKind} assetAtTime
 * @property {null|string} [cause]
 * @property {null|string} [activationMethod]
 * @property {null|boolean} [itemMoved]
 * @property {null|boolean} [itemMarked]
 * @property {null|EoCategory} deviceCategory
 * @property {null|string} [deviceModel]
 * @property {null|number} [depthCm]
 * @property {null|string} [groundConditions]
 * @property {null|string} [weather]
 * @property {null|string} [correctiveAction]
 * @property {Array<Victim>} victims
 * @property {null|boolean} [noVictims]
 */

/**
 * @typedef {object} ReportBodyCasualtyIncident
 * @property {'casualty-incident'} [kind]
 * @property {string} occurredOn
 * @property {Point} position
 * @property {null|string} [region]
 * @property {null|EoCategory} deviceCategory
 * @property {null|string} [deviceModel]
 * @property {CasualtyActivity} activity
 * @property {Array<PeopleCount>} killed
 * @property {Array<PeopleCount>} injured
 * @property {string} source
 * @property {null|string} [sourceReference]
 */

/**
 * @typedef {object} ReportBodyClearanceProgress
 * @property {'clearance-progress'} [kind]
 * @property {null|Geometry} areaWorked
 * @property {null|number} [deminerDays]
 * @property {null|number} [machineHours]
 * @property {Array<EoFind>} finds
 * @property {null|string} [suspendedBecause]
 */

/**
 * @typedef {object} ReportBodyCompletion
 * @property {'completion'} [kind]
 * @property {Geometry} cleared
 * @property {number} clearanceDepthCm
 * @property {Array<EoFind>} finds
 */

/**
 * @typedef {object} ReportBodyEodSpotTask
 * @property {'eod-spot-task'} [kind]
 * @property {Array<EoFind>} finds
 * @property {null|string} [source]
 */

/**
 * @typedef {object} ReportBodyHandover
 * @property {'handover'} [kind]
 * @property {string} receivedBy
 * @property {null|string} [landUse]
 * @property {null|string} [certificateNumber]
 */

/**
 * @typedef {object} ReportBodyNonConformity
 * @property {'non-conformity'} [kind]
 * @property {NonConformitySeverity} severity
 * @property {string} description
 * @property {null|string} [correctiveAction]
 * @property {null|string} [due]
 * @property {null|string} [closes]
 * @property {null|string} [closedOn]
 */

/**
 * @typedef {object} ReportBodyNonTechnicalSurvey
 * @property {'non-technical-survey'} [kind]
 * @property {SurveyAction} action
 * @property {null|string} [name]
 * @property {null|string} [region]
 * @property {null|HazardClass} class
 * @property {null|Geometry} perimeter
 * @property {null|Geometry} cancelled
 * @property {Array<Evidence>} evidence
 * @property {Array<EoCategory>} suspectedCategories
 * @property {null|ContaminationType} [contaminationType]
 */

/**
 * @typedef {object} ReportBodyQaVisit
 * @property {'qa-visit'} [kind]
 * @property {null|string} [teamVisited]
 * @property {number} itemsPassed
 * @property {number} itemsFailed
 * @property {null|string} [findings]
 */

/**
 * @typedef {object} ReportBodyQcSampling
 * @property {'qc-sampling'} [kind]
 * @property {null|Geometry} lot
 * @property {null|string} [releaseReportId]
 * @property {null|Geometry} sampled
 * @property {number} sampledM2
 * @property {QcResult} result
 * @property {Array<EoFind>} finds
 */

/**
 * @typedef {object} ReportBodyReopening
 * @property {'reopening'} [kind]
 * @property {null|Geometry} reopened
 * @property {string} reason
 * @property {null|string} [qcReportId]
 */

/**
 * @typedef {object} ReportBodyRiskEducationSession
 * @property {'risk-education'} [kind]
 * @property {Point} position
 * @property {null|string} [region]
 * @property {EoreMethod} method
 * @property {Array<PeopleCount>} audience
 * @property {null|Array<MaterialsDistributed>} [materials]
 * @property {null|Array<string>} [nearHazards]
 */

/**
 * @typedef {object} ReportBodyTechnicalSurvey
 * @property {'technical-survey'} [kind]
 * @property {null|Geometry} reduced
 * @property {boolean} confirmsCha
 * @property {Array<EoFind>} finds
 * @property {object} [defined]
 * @property {null|ContaminationType} [contaminationType]
 */

/**
 * @typedef {object} ReportCheckView
 * @property {boolean} ok
 * @property {Array<ReportIssueView>} issues
 */

/**
 * @typedef {object} ReportDetailView
 * @property {JsonElement} report
 * @property {ReportStatus} status
 * @property {null|string} [statusReason]
 * @property {Array<ReportEvent>} history
 * @property {Array<RuleFlag>} flags
 */

/**
 * @typedef {object} ReportEvent
 * @property {string} reportId
 * @property {ReportStatus} status
 * @property {string} at
 * @property {string} by
 * @property {null|string} [reason]
 */

/**
 * @typedef {object} ReportIssueView
 * @property {string} field
 * @property {Severity} severity
 * @property {string} message
 */

/** @typedef {'non-technical-survey'|'technical-survey'|'clearance-progress'|'completion'|'eod-spot-task'|'accident'|'handover'|'qa-visit'|'qc-sampling'|'non-conformity'|'reopening'|'risk-education'|'casualty-incident'} ReportKind */

/** @typedef {'submitted'|'approved'|'rejected'|'superseded'} ReportStatus */

/**
 * @typedef {object} ReportSummaryView
 * @property {string} id
 * @property {ReportKind} kind
 * @property {null|string} [hazard]
 * @property {null|Array<string>} [alsoHazards]
 * @property {string} organisation
 * @property {null|string} [team]
 * @property {string} dateOfInformation
 * @property {ReportStatus} status
 * @property {null|string} [statusReason]
 * @property {null|string} [supersedes]
 * @property {string} href
 * @property {null|boolean} [alreadyReceived]
 */

/**
 * @typedef {object} RiskEducationView
 * @property {number} sessions
 * @property {number} beneficiaries
 * @property {Object<string, number>} bySex
 * @property {Object<string, number>} byAge
 * @property {number} withDisability
 * @property {number} materials
 */

/**
 * @typedef {object} RoleCount
 * @property {TeamRole} role
 * @property {number} count
 */

/**
 * @typedef {object} RollupGroupingView
 * @property {StatusGrouping} groupedBy
 * @property {boolean} byBoundary
 * @property {Array<StatusLineView>} groups
 */

/**
 * @typedef {object} RollupView
 * @property {null|string} [store]
 * @property {null|StatusGrouping} groupedBy
 * @property {null|boolean} [byBoundary]
 * @property {StatusFilterView} filter
 * @property {StatusFiguresView} figures
 * @property {StatusLineView} total
 * @property {null|Array<StatusLineView>} [groups]
 * @property {null|Array<RollupGroupingView>} [groupings]
 */

/**
 * @typedef {object} RuleFlag
 * @property {string} reportId
 * @property {string} ruleId
 * @property {Severity} severity
 * @property {null|number} [figure]
 * @property {null|number} [threshold]
 * @property {null|string} [messageId]
 * @property {null|Object<string, string>} [args]
 * @property {null|boolean} [notApplied]
 * @property {string} message
 */

/**
 * @typedef {object} RulesDocument
 * @property {string} programme
 * @property {null|string} [description]
 * @property {null|number} [version]
 * @property {boolean} builtInDefault
 * @property {string} source
 * @property {null|string} [setBy]
 * @property {null|string} [setAt]
 * @property {null|string} [note]
 * @property {EvidenceView} evidence
 * @property {boolean} allowSelfApproval
 * @property {Object<string, RuleView>} rules
 */

/**
 * @typedef {object} RuleView
 * @property {string} severity
 * @property {boolean} enabled
 * @property {null|number} [threshold]
 * @property {null|string} [unit]
 * @property {null|string} [description]
 * @property {boolean} changed
 */

/** @typedef {'info'|'warning'|'error'} Severity */

/**
 * @typedef {object} StatusFiguresView
 * @property {string} released
 * @property {string} remaining
 * @property {boolean} conserved
 * @property {Object<string, string>} keys
 */

/**
 * @typedef {object} StatusFilterView
 * @property {null|string} [region]
 * @property {null|string} [organisation]
 * @property {null|string} [from]
 * @property {null|string} [to]
 * @property {null|string} [asOf]
 */

/** @typedef {'none'|'region'|'organisation'|'month'|'team'|'deployment'|'contamination-type'|null} StatusGrouping */

/**
 * @typedef {object} StatusLineView
 * @property {string} key
 * @property {number} hazards
 * @property {Object<string, number>} hazardsByClass
 * @property {Object<string, number>} hazardsByStatus
 * @property {number} originalM2
 * @property {number} cancelledM2
 * @property {number} reducedM2
 * @property {number} clearedM2
 * @property {number} reopenedM2
 * @property {number} remainingM2
 * @property {number} remainingLandM2
 * @property {number} countedTwiceM2
 * @property {number} finds
 * @property {Object<string, number>} findsByCategory
 * @property {number} accidents
 * @property {number} killed
 * @property {number} injured
 * @property {Object<string, ProductivityView>} productivity
 * @property {RiskEducationView} riskEducation
 * @property {null|CiviliansView} [civilians]
 */

/** @typedef {string} Stream */

/**
 * @typedef {object} SubmissionOutcome
 * @property {string} reportId
 * @property {SubmissionStatus} status
 * @property {null|string} [reason]
 */

/** @typedef {'accepted'|'already-present'|'refused'} SubmissionStatus */

/** @typedef {'create'|'amend'|'cancel'} SurveyAction */

/**
 * @typedef {object} SyncArea
 * @property {null|string} [region]
 * @property {Array<string>} hazards
 * @property {Array<string>} reports
 */

/**
 * @typedef {object} SyncedReport
 * @property {Report} report
 * @property {Array<ReportEvent>} history
 */

/**
 * @typedef {object} Team
 * @property {string} id
 * @property {string} organisationId
 * @property {string} name
 * @property {AssetKind} asset
 * @property {number} size
 * @property {Array<RoleCount>} [roles]
 * @property {null|string} [retiredOn]
 */

/** @typedef {'team-leader'|'section-leader'|'deminer'|'medic'|'dog-handler'|'machine-operator'|'eod-operator'|'driver'} TeamRole */

/**
 * @typedef {object} TimelinePoint
 * @property {string} date
 * @property {string} reportId
 * @property {ReportKind} kind
 * @property {null|ReleaseMethod} method
 * @property {number} releasedM2
 * @property {number} remainingM2
 * @property {number} originalM2
 * @property {number} cancelledM2
 * @property {number} reducedM2
 * @property {number} clearedM2
 * @property {HazardStatus} status
 * @property {number} [reopenedM2]
 */

/**
 * @typedef {object} TimelineView
 * @property {null|string} [store]
 * @property {string} hazard
 * @property {Array<TimelinePoint>} points
 */

/**
 * @typedef {object} TokenRequest
 * @property {null|string} [name]
 * @property {null|number} [days]
 */

/**
 * @typedef {object} TokenView
 * @property {string} id
 * @property {string} kind
 * @property {string} name
 * @property {null|string} [origin]
 * @property {string} created
 * @property {string} expires
 * @property {null|string} [lastUsed]
 * @property {boolean} revoked
 * @property {boolean} active
 */

/**
 * @typedef {object} UserView
 * @property {string} username
 * @property {string} name
 * @property {string} role
 * @property {null|string} [organisation]
 * @property {null|boolean} [disabled]
 * @property {null|string} [created]
 */

/** @typedef {'not-judged'|'plausible'|'unusual'|'implausible'} Verdict */

/**
 * @typedef {object} Victim
 * @property {null|string} [name]
 * @property {Gender} gender
 * @property {null|string} [dateOfBirth]
 * @property {null|number} [age]
 * @property {null|string} [address]
 * @property {null|string} [role]
 * @property {VictimOutcome} outcome
 * @property {null|string} [injuries]
 * @property {null|string} [activityAtTime]
 */

/**
 * @typedef {object} VictimCountsView
 * @property {number} total
 * @property {Object<string, number>} byOutcome
 * @property {Object<string, number>} byGender
 */

/** @typedef {'injured'|'killed'} VictimOutcome */

export {};
