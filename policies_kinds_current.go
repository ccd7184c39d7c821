package okta

// The conditions and actions of the policy and rule kinds Okta added after the Management API 5.1.0
// (CLIENT_UPDATE, DEVICE_SIGNAL_COLLECTION, ENTITY_RISK, POST_AUTH_SESSION, SESSION_VIOLATION_DETECTION), and
// of MFA_ENROLL rules. The policy and rule types themselves are in policies.go and policies_rules.go.

// AuthenticatorEnrollmentPolicyRuleConditions are the conditions of an authenticator enrollment (MFA_ENROLL)
// rule: the apps, network zones and people it applies to.
type AuthenticatorEnrollmentPolicyRuleConditions struct {
	App     *AppAndInstancePolicyRuleCondition `json:"app,omitzero"`
	Network *PolicyNetworkCondition            `json:"network,omitzero"`
	// People are the users the rule excludes (Okta's description names only people.users.exclude here).
	People *PolicyPeopleCondition `json:"people,omitzero"`
	Extra  Extra                  `json:"-"`
}

// AuthenticatorEnrollmentPolicyRuleActions are the actions of an authenticator enrollment (MFA_ENROLL) rule.
type AuthenticatorEnrollmentPolicyRuleActions struct {
	Enroll *AuthenticatorEnrollmentPolicyRuleActionEnroll `json:"enroll,omitzero"`
	Extra  Extra                                          `json:"-"`
}

// AuthenticatorEnrollmentPolicyRuleActionEnroll says when users are asked to enroll the authenticators of the
// policy: the first time they sign in, the next time they are challenged, or never.
type AuthenticatorEnrollmentPolicyRuleActionEnroll struct {
	Self  PolicyRuleActionsEnrollSelf `json:"self,omitzero"`
	Extra Extra                       `json:"-"`
}

// PolicyRuleActionsEnrollSelf says when users are asked to enroll authenticators.
type PolicyRuleActionsEnrollSelf string

// PolicyRuleActionsEnrollSelf values. Okta may send others; they decode as they are.
const (
	// PolicyRuleActionsEnrollSelfChallenge asks users to enroll the next time they are challenged.
	PolicyRuleActionsEnrollSelfChallenge PolicyRuleActionsEnrollSelf = "CHALLENGE"
	// PolicyRuleActionsEnrollSelfLogin asks users to enroll the first time they sign in.
	PolicyRuleActionsEnrollSelfLogin PolicyRuleActionsEnrollSelf = "LOGIN"
	// PolicyRuleActionsEnrollSelfNever never asks users to enroll.
	PolicyRuleActionsEnrollSelfNever PolicyRuleActionsEnrollSelf = "NEVER"
)

// ClientUpdatePolicyRuleActions are the actions of a client update (CLIENT_UPDATE) rule.
type ClientUpdatePolicyRuleActions struct {
	UpdateControls *ClientUpdatePolicyRuleUpdateControls `json:"updateControls,omitzero"`
	Extra          Extra                                 `json:"-"`
}

// ClientUpdatePolicyRuleUpdateControls holds the update actions of a client update rule.
type ClientUpdatePolicyRuleUpdateControls struct {
	// Actions holds one action: whether Okta Verify may update to a new version.
	Actions []ClientUpdatePolicyRuleActionsObject `json:"actions,omitzero"`
	Extra   Extra                                 `json:"-"`
}

// ClientUpdatePolicyRuleActionsObject is one update action of a client update rule: which client (Action) and
// which updates it may take (Value).
type ClientUpdatePolicyRuleActionsObject struct {
	Action ClientUpdatePolicyRuleActionType  `json:"action,omitzero"`
	Value  ClientUpdatePolicyRuleActionValue `json:"value,omitzero"`
	Extra  Extra                             `json:"-"`
}

// ClientUpdatePolicyRuleActionType is the client an update action of a client update rule controls.
type ClientUpdatePolicyRuleActionType string

// ClientUpdatePolicyRuleActionType values. Okta may send others; they decode as they are.
const (
	// ClientUpdatePolicyRuleActionTypeOktaVerifyUpdate controls updates of Okta Verify.
	ClientUpdatePolicyRuleActionTypeOktaVerifyUpdate ClientUpdatePolicyRuleActionType = "OKTA_VERIFY_UPDATE"
)

// ClientUpdatePolicyRuleActionValue says which updates a client may take.
type ClientUpdatePolicyRuleActionValue string

// ClientUpdatePolicyRuleActionValue values. Okta may send others; they decode as they are.
const (
	// ClientUpdatePolicyRuleActionValueAllow allows every update.
	ClientUpdatePolicyRuleActionValueAllow ClientUpdatePolicyRuleActionValue = "ALLOW"
	// ClientUpdatePolicyRuleActionValueHotfixOnly allows only hotfix updates.
	ClientUpdatePolicyRuleActionValueHotfixOnly ClientUpdatePolicyRuleActionValue = "HOTFIX_ONLY"
	// ClientUpdatePolicyRuleActionValueDeny allows no update.
	ClientUpdatePolicyRuleActionValueDeny ClientUpdatePolicyRuleActionValue = "DENY"
)

// DeviceSignalCollectionPolicyRuleConditions are the conditions of a device signal collection
// (DEVICE_SIGNAL_COLLECTION) rule: the network zones and the platforms it applies to.
//
// Okta's description gives the platform condition of these rules its own schema
// (DeviceSignalCollectionPlatformPolicyRuleCondition), the same shape as PlatformPolicyRuleCondition with fewer
// platform types (DESKTOP, MOBILE) and operating systems (ANDROID, CHROMEOS, IOS, MACOS, WINDOWS), all of which
// PolicyPlatformType and PolicyPlatformOperatingSystemType have.
type DeviceSignalCollectionPolicyRuleConditions struct {
	Network  *PolicyNetworkCondition      `json:"network,omitzero"`
	Platform *PlatformPolicyRuleCondition `json:"platform,omitzero"`
	Extra    Extra                        `json:"-"`
}

// DeviceSignalCollectionPolicyRuleActions are the actions of a device signal collection rule.
type DeviceSignalCollectionPolicyRuleActions struct {
	DeviceSignalCollection *DeviceSignalCollectionPolicyRuleDeviceSignalCollection `json:"deviceSignalCollection,omitzero"`
	Extra                  Extra                                                   `json:"-"`
}

// DeviceSignalCollectionPolicyRuleDeviceSignalCollection says how device context is collected when a user signs
// in: the device context providers to use.
type DeviceSignalCollectionPolicyRuleDeviceSignalCollection struct {
	DeviceContextProviders []DeviceContextProvider `json:"deviceContextProviders,omitzero"`
	Extra                  Extra                   `json:"-"`
}

// DeviceContextProvider is a source of device context (Okta Verify, Chrome Device Trust, a device posture IdP)
// and whether it may identify the user.
type DeviceContextProvider struct {
	// ID identifies the provider, for the kinds that have several (DEVICE_POSTURE_IDP).
	ID  string                   `json:"id,omitzero"`
	Key DeviceContextProviderKey `json:"key,omitzero"`
	// UserIdentification IGNORE keeps the provider from identifying the user; the device is identified and its
	// context collected either way.
	UserIdentification DeviceContextProviderUserIdentification `json:"userIdentification,omitzero"`
	Extra              Extra                                   `json:"-"`
}

// DeviceContextProviderKey is the kind of a device context provider.
type DeviceContextProviderKey string

// DeviceContextProviderKey values. Okta may send others; they decode as they are.
const (
	// DeviceContextProviderKeyOktaVerify collects device context with Okta Verify.
	DeviceContextProviderKeyOktaVerify DeviceContextProviderKey = "OKTA_VERIFY"
	// DeviceContextProviderKeyChromeDeviceTrust collects device context with Chrome Device Trust.
	DeviceContextProviderKeyChromeDeviceTrust DeviceContextProviderKey = "CHROME_DEVICE_TRUST"
	// DeviceContextProviderKeyDevicePostureIdP collects device context from a device posture identity provider.
	DeviceContextProviderKeyDevicePostureIdP DeviceContextProviderKey = "DEVICE_POSTURE_IDP"
)

// DeviceContextProviderUserIdentification says whether a device context provider may identify the user.
type DeviceContextProviderUserIdentification string

// DeviceContextProviderUserIdentification values. Okta may send others; they decode as they are.
const (
	// DeviceContextProviderUserIdentificationAllow lets the provider identify the user.
	DeviceContextProviderUserIdentificationAllow DeviceContextProviderUserIdentification = "ALLOW"
	// DeviceContextProviderUserIdentificationIgnore keeps the provider from identifying the user.
	DeviceContextProviderUserIdentificationIgnore DeviceContextProviderUserIdentification = "IGNORE"
)

// EntityRiskPolicyRuleConditions are the conditions of an entity risk (ENTITY_RISK) rule: the user's risk level,
// the people it applies to and the kinds of risk detected.
type EntityRiskPolicyRuleConditions struct {
	EntityRisk         *EntityRiskScorePolicyRuleCondition    `json:"entityRisk,omitzero"`
	People             *PolicyPeopleCondition                 `json:"people,omitzero"`
	RiskDetectionTypes *RiskDetectionTypesPolicyRuleCondition `json:"riskDetectionTypes,omitzero"`
	Extra              Extra                                  `json:"-"`
}

// EntityRiskScorePolicyRuleCondition selects users by their entity risk level (ANY, LOW, MEDIUM, HIGH).
type EntityRiskScorePolicyRuleCondition struct {
	Level RiskLevel `json:"level,omitzero"`
	Extra Extra     `json:"-"`
}

// RiskDetectionTypesPolicyRuleCondition selects the detected risk events an entity risk rule responds to. Okta
// takes Include or Exclude, not both.
type RiskDetectionTypesPolicyRuleCondition struct {
	Exclude []DetectedRiskEvents `json:"exclude,omitzero"`
	Include []DetectedRiskEvents `json:"include,omitzero"`
	Extra   Extra                `json:"-"`
}

// DetectedRiskEvents is a kind of risk event Okta detects (the type takes the plural name of Okta's schema).
type DetectedRiskEvents string

// DetectedRiskEvents values. Okta may send others; they decode as they are.
const (
	// DetectedRiskEventsAdminReportedUserRisk is a risk an admin reported.
	DetectedRiskEventsAdminReportedUserRisk DetectedRiskEvents = "ADMIN_REPORTED_USER_RISK"
	// DetectedRiskEventsBruteForceAttack is a brute-force attack.
	DetectedRiskEventsBruteForceAttack DetectedRiskEvents = "BRUTE_FORCE_ATTACK"
	// DetectedRiskEventsEntityCriticalActionFromHighThreatIP is a critical action from a high-threat IP address.
	DetectedRiskEventsEntityCriticalActionFromHighThreatIP DetectedRiskEvents = "ENTITY_CRITICAL_ACTION_FROM_HIGH_THREAT_IP"
	// DetectedRiskEventsOktaThreatIntelligence is a risk from Okta's threat intelligence.
	DetectedRiskEventsOktaThreatIntelligence DetectedRiskEvents = "OKTA_THREAT_INTELLIGENCE"
	// DetectedRiskEventsSecurityEventsProviderReportedRisk is a risk a security events provider reported.
	DetectedRiskEventsSecurityEventsProviderReportedRisk DetectedRiskEvents = "SECURITY_EVENTS_PROVIDER_REPORTED_RISK"
	// DetectedRiskEventsSessionInfluencedUserRisk is a user risk raised by a session's risk.
	DetectedRiskEventsSessionInfluencedUserRisk DetectedRiskEvents = "SESSION_INFLUENCED_USER_RISK"
	// DetectedRiskEventsSuspiciousAppAccess is suspicious access to an app.
	DetectedRiskEventsSuspiciousAppAccess DetectedRiskEvents = "SUSPICIOUS_APP_ACCESS"
	// DetectedRiskEventsUserReportedSuspiciousActivity is suspicious activity the user reported.
	DetectedRiskEventsUserReportedSuspiciousActivity DetectedRiskEvents = "USER_REPORTED_SUSPICIOUS_ACTIVITY"
)

// EntityRiskPolicyRuleActions are the actions of an entity risk rule: the response to a risk event.
type EntityRiskPolicyRuleActions struct {
	EntityRisk *EntityRiskPolicyRuleEntityRiskActions `json:"entityRisk,omitzero"`
	Extra      Extra                                  `json:"-"`
}

// EntityRiskPolicyRuleEntityRiskActions holds the response of an entity risk rule: no action, or one.
type EntityRiskPolicyRuleEntityRiskActions struct {
	Actions []EntityRiskPolicyRuleActionsObject `json:"actions,omitzero"`
	Extra   Extra                               `json:"-"`
}

// EntityRiskPolicyRuleActionsObject is one response of an entity risk rule. Its Action says which:
//
//	RUN_WORKFLOW            runs the Okta Workflows flow Workflow names
//	TERMINATE_ALL_SESSIONS  ends all of the user's sessions
//
// Okta describes each action as its own schema (EntityRiskPolicyRuleActionRunWorkflow, ...); they differ only
// by Workflow, so one struct models both, and an action this SDK does not know keeps its members in Extra.
type EntityRiskPolicyRuleActionsObject struct {
	Action EntityRiskPolicyRuleActionType `json:"action,omitzero"`
	// Workflow is the flow a RUN_WORKFLOW action runs.
	Workflow *PolicyRuleActionWorkflow `json:"workflow,omitzero"`
	Extra    Extra                     `json:"-"`
}

// EntityRiskPolicyRuleActionType is the kind of response of an entity risk rule.
type EntityRiskPolicyRuleActionType string

// EntityRiskPolicyRuleActionType values. Okta may send others; they decode as they are.
const (
	// EntityRiskPolicyRuleActionTypeRunWorkflow runs an Okta Workflows flow.
	EntityRiskPolicyRuleActionTypeRunWorkflow EntityRiskPolicyRuleActionType = "RUN_WORKFLOW"
	// EntityRiskPolicyRuleActionTypeTerminateAllSessions ends all of the user's sessions.
	EntityRiskPolicyRuleActionTypeTerminateAllSessions EntityRiskPolicyRuleActionType = "TERMINATE_ALL_SESSIONS"
)

// PolicyRuleActionWorkflow names the Okta Workflows flow a RUN_WORKFLOW action of an entity risk or
// post-authentication session rule runs.
type PolicyRuleActionWorkflow struct {
	// ID is the flow's ID, a number.
	ID    int64 `json:"id,omitzero"`
	Extra Extra `json:"-"`
}

// PostAuthSessionPolicyRuleConditions are the conditions of a post-authentication session (POST_AUTH_SESSION)
// rule: the people it applies to.
type PostAuthSessionPolicyRuleConditions struct {
	People *PolicyPeopleCondition `json:"people,omitzero"`
	Extra  Extra                  `json:"-"`
}

// PostAuthSessionPolicyRuleActions are the actions of a post-authentication session rule: what Okta does when
// the session fails the reevaluated global session or authentication policies.
type PostAuthSessionPolicyRuleActions struct {
	PostAuthSession *PostAuthSessionPolicyRulePostAuthSession `json:"postAuthSession,omitzero"`
	Extra           Extra                                     `json:"-"`
}

// PostAuthSessionPolicyRulePostAuthSession holds the failure actions of a post-authentication session rule.
type PostAuthSessionPolicyRulePostAuthSession struct {
	// FailureActions are the actions to take on a failure; it may be empty.
	FailureActions []PostAuthSessionFailureActionsObject `json:"failureActions,omitzero"`
	Extra          Extra                                 `json:"-"`
}

// PostAuthSessionFailureActionsObject is one failure action of a post-authentication session rule. Its Action
// says which:
//
//	RUN_WORKFLOW       runs the Okta Workflows flow Workflow names
//	TERMINATE_SESSION  ends the session
//
// Okta describes each action as its own schema (PostAuthSessionPolicyRuleRunWorkflow, ...); they differ only by
// Workflow, so one struct models both, and an action this SDK does not know keeps its members in Extra.
type PostAuthSessionFailureActionsObject struct {
	Action PostAuthSessionFailureActionType `json:"action,omitzero"`
	// Workflow is the flow a RUN_WORKFLOW action runs.
	Workflow *PolicyRuleActionWorkflow `json:"workflow,omitzero"`
	Extra    Extra                     `json:"-"`
}

// PostAuthSessionFailureActionType is the kind of failure action of a post-authentication session rule.
type PostAuthSessionFailureActionType string

// PostAuthSessionFailureActionType values. Okta may send others; they decode as they are.
const (
	// PostAuthSessionFailureActionTypeRunWorkflow runs an Okta Workflows flow.
	PostAuthSessionFailureActionTypeRunWorkflow PostAuthSessionFailureActionType = "RUN_WORKFLOW"
	// PostAuthSessionFailureActionTypeTerminateSession ends the session.
	PostAuthSessionFailureActionTypeTerminateSession PostAuthSessionFailureActionType = "TERMINATE_SESSION"
)

// SessionViolationDetectionPolicyRuleConditions are the conditions of a session violation detection
// (SESSION_VIOLATION_DETECTION) rule: the network zones and the risk it applies to.
type SessionViolationDetectionPolicyRuleConditions struct {
	Network   *PolicyNetworkCondition       `json:"network,omitzero"`
	RiskScore *RiskScorePolicyRuleCondition `json:"riskScore,omitzero"`
	Extra     Extra                         `json:"-"`
}

// SessionViolationDetectionPolicyRuleActions are the actions of a session violation detection rule.
type SessionViolationDetectionPolicyRuleActions struct {
	SessionViolationDetection *SessionViolationDetectionPolicyRuleSessionViolationDetection `json:"sessionViolationDetection,omitzero"`
	Extra                     Extra                                                         `json:"-"`
}

// SessionViolationDetectionPolicyRuleSessionViolationDetection says what a session violation detection rule
// does when it matches.
type SessionViolationDetectionPolicyRuleSessionViolationDetection struct {
	PolicyEvaluation *SessionViolationDetectionPolicyEvaluation `json:"policyEvaluation,omitzero"`
	Extra            Extra                                      `json:"-"`
}

// SessionViolationDetectionPolicyEvaluation says whether the session's sign-on policies are evaluated again.
type SessionViolationDetectionPolicyEvaluation struct {
	// Enabled true evaluates the session's sign-on policies. A pointer, so that false is sent.
	Enabled *bool `json:"enabled,omitzero"`
	Extra   Extra `json:"-"`
}
