package okta

import (
	"context"
	"net/http"
	"time"
)

// ListRules returns a page of the rules of a policy, in priority order. Okta's current API pages this list
// (opts.Limit); ListRulesIter walks every page.
//
//okta:operation listPolicyRules GET /api/v1/policies/{policyId}/rules
func (s *PoliciesService) ListRules(ctx context.Context, policyID string, opts *PoliciesListRulesOptions) ([]PolicyRule, *Response, error) {
	return send[[]PolicyRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/policies/{policyId}/rules", policyID).withQuery(opts))
}

// ListRulesIter returns an iterator over all the rules of a policy, fetching pages as it goes.
func (s *PoliciesService) ListRulesIter(ctx context.Context, policyID string, opts *PoliciesListRulesOptions) *Iterator[PolicyRule] {
	return newIterator[PolicyRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/policies/{policyId}/rules", policyID).withQuery(opts))
}

// CreateRule adds a rule to a policy. Its Type may be left empty: it is filled in from the Go type (a
// *PasswordPolicyRule is sent as PASSWORD), on a copy, so rule is not changed. With opts.Activate unset Okta
// activates the rule.
//
//okta:operation createPolicyRule POST /api/v1/policies/{policyId}/rules
func (s *PoliciesService) CreateRule(ctx context.Context, policyID string, rule PolicyRule, opts *PoliciesCreateRuleOptions) (PolicyRule, *Response, error) {
	return send[PolicyRule](ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies/{policyId}/rules", policyID).withBody(rule).withQuery(opts))
}

// GetRule retrieves a rule of a policy.
//
//okta:operation getPolicyRule GET /api/v1/policies/{policyId}/rules/{ruleId}
func (s *PoliciesService) GetRule(ctx context.Context, policyID, ruleID string) (PolicyRule, *Response, error) {
	return send[PolicyRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/policies/{policyId}/rules/{ruleId}", policyID, ruleID))
}

// ReplaceRule replaces a rule of a policy. A rule decoded from GetRule and changed sends back every field Okta
// returned. An empty Type is filled in as in CreateRule.
//
//okta:operation replacePolicyRule PUT /api/v1/policies/{policyId}/rules/{ruleId}
func (s *PoliciesService) ReplaceRule(ctx context.Context, policyID, ruleID string, rule PolicyRule) (PolicyRule, *Response, error) {
	return send[PolicyRule](ctx, s.client, newRequest(http.MethodPut, "/api/v1/policies/{policyId}/rules/{ruleId}", policyID, ruleID).withBody(rule))
}

// DeleteRule deletes a rule of a policy. Okta refuses to delete a default (system) rule.
//
//okta:operation deletePolicyRule DELETE /api/v1/policies/{policyId}/rules/{ruleId}
func (s *PoliciesService) DeleteRule(ctx context.Context, policyID, ruleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/policies/{policyId}/rules/{ruleId}", policyID, ruleID))
}

// ActivateRule activates a rule of a policy.
//
//okta:operation activatePolicyRule POST /api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/activate
func (s *PoliciesService) ActivateRule(ctx context.Context, policyID, ruleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/activate", policyID, ruleID))
}

// DeactivateRule deactivates a rule of a policy.
//
//okta:operation deactivatePolicyRule POST /api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate
func (s *PoliciesService) DeactivateRule(ctx context.Context, policyID, ruleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate", policyID, ruleID))
}

// PolicyRule is a rule of a policy. Its concrete type depends on its type:
//
//	ACCESS_POLICY       *AccessPolicyRule
//	IDP_DISCOVERY       *IdPDiscoveryPolicyRule
//	PASSWORD            *PasswordPolicyRule
//	PROFILE_ENROLLMENT  *ProfileEnrollmentPolicyRule
//	RESOURCE_ACCESS     *AuthorizationServerPolicyRule
//	SIGN_ON             *OktaSignOnPolicyRule
//	MFA_ENROLL          *AuthenticatorEnrollmentPolicyRule
//	CLIENT_UPDATE, DEVICE_SIGNAL_COLLECTION, ENTITY_RISK, POST_AUTH_SESSION, SESSION_VIOLATION_DETECTION: the
//	                    rule types of those names (ClientUpdatePolicyRule, ...)
//	anything else       *UnknownPolicyRule
//
// A type switch reaches the conditions and actions of each kind; Base returns the fields every rule has. Every one
// keeps the members it does not model in its Extra, so a rule read from Okta and sent back with ReplaceRule
// loses nothing.
type PolicyRule interface {
	// Base returns the fields all rules share, to read or change them in place.
	Base() *PolicyRuleBase
	// ruleType is the Type the Go type stands for ("" for UnknownPolicyRule).
	ruleType() PolicyRuleType
}

// PolicyRuleBase holds the fields every policy rule has. The concrete rule types embed it.
type PolicyRuleBase struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Priority orders the rules of a policy, 1 being evaluated first.
	Priority int             `json:"priority,omitzero"`
	Status   LifecycleStatus `json:"status,omitzero"`
	// System is true for the default rule Okta created, which cannot be deleted.
	System      bool           `json:"system,omitzero"`
	Type        PolicyRuleType `json:"type,omitzero"`
	Created     time.Time      `json:"created,omitzero"`
	LastUpdated time.Time      `json:"lastUpdated,omitzero"`
	Links       Links          `json:"_links,omitzero"`
}

// Base returns b, so that every rule type, which embeds PolicyRuleBase, implements PolicyRule.Base.
func (b *PolicyRuleBase) Base() *PolicyRuleBase { return b }

// AccessPolicyRule is a rule of an access (authentication) policy (ACCESS_POLICY).
type AccessPolicyRule struct {
	PolicyRuleBase
	Conditions *AccessPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *AccessPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                       `json:"-"`
}

// IdPDiscoveryPolicyRule is a routing rule of the IdP discovery policy (IDP_DISCOVERY).
type IdPDiscoveryPolicyRule struct {
	PolicyRuleBase
	Conditions *IdPDiscoveryPolicyRuleCondition `json:"conditions,omitzero"`
	Actions    *IdPPolicyRuleAction             `json:"actions,omitzero"`
	Extra      Extra                            `json:"-"`
}

// OktaSignOnPolicyRule is a rule of a global session policy (SIGN_ON).
type OktaSignOnPolicyRule struct {
	PolicyRuleBase
	Conditions *OktaSignOnPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *OktaSignOnPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                           `json:"-"`
}

// PasswordPolicyRule is a rule of a password policy (PASSWORD): whether users may change, reset and unlock
// their password themselves, and how.
type PasswordPolicyRule struct {
	PolicyRuleBase
	Conditions *PasswordPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *PasswordPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                         `json:"-"`
}

// ProfileEnrollmentPolicyRule is a rule of a user profile policy (PROFILE_ENROLLMENT).
type ProfileEnrollmentPolicyRule struct {
	PolicyRuleBase
	Conditions *PolicyRuleConditions               `json:"conditions,omitzero"`
	Actions    *ProfileEnrollmentPolicyRuleActions `json:"actions,omitzero"`
	Extra      Extra                               `json:"-"`
}

// AuthenticatorEnrollmentPolicyRule is a rule of an authenticator enrollment policy (MFA_ENROLL): when the users
// it applies to are asked to enroll the policy's authenticators.
type AuthenticatorEnrollmentPolicyRule struct {
	PolicyRuleBase
	Conditions *AuthenticatorEnrollmentPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *AuthenticatorEnrollmentPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                                        `json:"-"`
}

// ClientUpdatePolicyRule is a rule of a client update policy (CLIENT_UPDATE): which updates Okta Verify may
// take.
type ClientUpdatePolicyRule struct {
	PolicyRuleBase
	// Conditions are not supported for this kind; Conditions keeps whatever object Okta sends (an empty one),
	// and a null stays in Extra.
	Conditions Extra                          `json:"conditions,omitzero"`
	Actions    *ClientUpdatePolicyRuleActions `json:"actions,omitzero"`
	Extra      Extra                          `json:"-"`
}

// DeviceSignalCollectionPolicyRule is a rule of a device signal collection policy (DEVICE_SIGNAL_COLLECTION):
// which device context providers collect signals, for which platforms and network zones.
type DeviceSignalCollectionPolicyRule struct {
	PolicyRuleBase
	Conditions *DeviceSignalCollectionPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *DeviceSignalCollectionPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                                       `json:"-"`
}

// EntityRiskPolicyRule is a rule of an entity risk policy (ENTITY_RISK): how Okta responds to a user's risk.
type EntityRiskPolicyRule struct {
	PolicyRuleBase
	Conditions *EntityRiskPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *EntityRiskPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                           `json:"-"`
}

// PostAuthSessionPolicyRule is a rule of a post-authentication session policy (POST_AUTH_SESSION): what Okta
// does when a session fails the reevaluated policies.
type PostAuthSessionPolicyRule struct {
	PolicyRuleBase
	Conditions *PostAuthSessionPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *PostAuthSessionPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                                `json:"-"`
}

// SessionViolationDetectionPolicyRule is a rule of a session violation detection policy
// (SESSION_VIOLATION_DETECTION): for which networks and risk a session's sign-on policies are evaluated again.
type SessionViolationDetectionPolicyRule struct {
	PolicyRuleBase
	Conditions *SessionViolationDetectionPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *SessionViolationDetectionPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                                          `json:"-"`
}

// AuthorizationServerPolicyRule is a rule of an authorization server's access policy (RESOURCE_ACCESS): which
// grants and scopes it allows and the lifetimes of the tokens it issues.
type AuthorizationServerPolicyRule struct {
	PolicyRuleBase
	Conditions *AuthorizationServerPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *AuthorizationServerPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                                    `json:"-"`
}

// UnknownPolicyRule is a rule of a kind this SDK does not know. Everything beyond the common fields
// (conditions, actions) is kept in Extra and sent back as it came.
type UnknownPolicyRule struct {
	PolicyRuleBase
	Extra Extra `json:"-"`
}

func (*AccessPolicyRule) ruleType() PolicyRuleType                  { return PolicyRuleTypeAccessPolicy }
func (*IdPDiscoveryPolicyRule) ruleType() PolicyRuleType            { return PolicyRuleTypeIdPDiscovery }
func (*OktaSignOnPolicyRule) ruleType() PolicyRuleType              { return PolicyRuleTypeSignOn }
func (*PasswordPolicyRule) ruleType() PolicyRuleType                { return PolicyRuleTypePassword }
func (*ProfileEnrollmentPolicyRule) ruleType() PolicyRuleType       { return PolicyRuleTypeProfileEnrollment }
func (*AuthorizationServerPolicyRule) ruleType() PolicyRuleType     { return PolicyRuleTypeResourceAccess }
func (*AuthenticatorEnrollmentPolicyRule) ruleType() PolicyRuleType { return PolicyRuleTypeMFAEnroll }
func (*ClientUpdatePolicyRule) ruleType() PolicyRuleType            { return PolicyRuleTypeClientUpdate }
func (*DeviceSignalCollectionPolicyRule) ruleType() PolicyRuleType {
	return PolicyRuleTypeDeviceSignalCollection
}
func (*EntityRiskPolicyRule) ruleType() PolicyRuleType      { return PolicyRuleTypeEntityRisk }
func (*PostAuthSessionPolicyRule) ruleType() PolicyRuleType { return PolicyRuleTypePostAuthSession }
func (*SessionViolationDetectionPolicyRule) ruleType() PolicyRuleType {
	return PolicyRuleTypeSessionViolationDetection
}
func (*UnknownPolicyRule) ruleType() PolicyRuleType { return "" }

func init() {
	registerUnion(unionOf[PolicyRule, UnknownPolicyRule]("type",
		kindOf[AccessPolicyRule](PolicyRuleTypeAccessPolicy),
		kindOf[IdPDiscoveryPolicyRule](PolicyRuleTypeIdPDiscovery),
		kindOf[OktaSignOnPolicyRule](PolicyRuleTypeSignOn),
		kindOf[PasswordPolicyRule](PolicyRuleTypePassword),
		kindOf[ProfileEnrollmentPolicyRule](PolicyRuleTypeProfileEnrollment),
		kindOf[AuthorizationServerPolicyRule](PolicyRuleTypeResourceAccess),
		kindOf[AuthenticatorEnrollmentPolicyRule](PolicyRuleTypeMFAEnroll),
		kindOf[ClientUpdatePolicyRule](PolicyRuleTypeClientUpdate),
		kindOf[DeviceSignalCollectionPolicyRule](PolicyRuleTypeDeviceSignalCollection),
		kindOf[EntityRiskPolicyRule](PolicyRuleTypeEntityRisk),
		kindOf[PostAuthSessionPolicyRule](PolicyRuleTypePostAuthSession),
		kindOf[SessionViolationDetectionPolicyRule](PolicyRuleTypeSessionViolationDetection),
	))
}

// PolicyRuleType is the kind of a policy rule.
type PolicyRuleType string

// PolicyRuleType values.
const (
	PolicyRuleTypeAccessPolicy      PolicyRuleType = "ACCESS_POLICY"
	PolicyRuleTypeIdPDiscovery      PolicyRuleType = "IDP_DISCOVERY"
	PolicyRuleTypeMFAEnroll         PolicyRuleType = "MFA_ENROLL"
	PolicyRuleTypePassword          PolicyRuleType = "PASSWORD"
	PolicyRuleTypeProfileEnrollment PolicyRuleType = "PROFILE_ENROLLMENT"
	PolicyRuleTypeResourceAccess    PolicyRuleType = "RESOURCE_ACCESS"
	PolicyRuleTypeSignOn            PolicyRuleType = "SIGN_ON"
)

// AccessPolicyRuleActions are the actions of an access policy rule.
type AccessPolicyRuleActions struct {
	AppSignOn *AccessPolicyRuleApplicationSignOn `json:"appSignOn,omitzero"`
	Extra     Extra                              `json:"-"`
}

// AccessPolicyRuleApplicationSignOn says whether sign-in to the app is allowed and which verification it takes.
type AccessPolicyRuleApplicationSignOn struct {
	Access             PolicyAccess        `json:"access,omitzero"`
	VerificationMethod *VerificationMethod `json:"verificationMethod,omitzero"`
	// KeepMeSignedIn controls the post-authentication Keep Me Signed In prompt.
	KeepMeSignedIn *KeepMeSignedIn `json:"keepMeSignedIn,omitzero"`
	Extra          Extra           `json:"-"`
}

// VerificationMethod says how a user must verify. Okta describes three kinds, told apart by Type, and this one
// struct carries the members of all of them; set only those of the kind in Type:
//
//	ASSURANCE          Constraints, FactorMode, ReauthenticateIn, InactivityPeriod
//	AUTH_METHOD_CHAIN  Chains, ReauthenticateIn
//	ID_PROOFING        ID
type VerificationMethod struct {
	Constraints []AccessPolicyConstraints `json:"constraints,omitzero"`
	// FactorMode is how many factors the user must verify (ASSURANCE).
	FactorMode AssuranceMethodFactorMode `json:"factorMode,omitzero"`
	// ReauthenticateIn is how often the user must re-authenticate regardless of activity, an ISO 8601 duration
	// (ASSURANCE, AUTH_METHOD_CHAIN; not with a chain that sets its own).
	ReauthenticateIn string                           `json:"reauthenticateIn,omitzero"`
	Type             PolicyRuleVerificationMethodType `json:"type,omitzero"`
	// InactivityPeriod is how long the user may be inactive before re-authenticating, an ISO 8601 duration such
	// as "PT2H" (ASSURANCE).
	InactivityPeriod string `json:"inactivityPeriod,omitzero"`
	// Chains are the authentication method chains, at most five of at most three steps each (AUTH_METHOD_CHAIN).
	Chains []AuthenticationMethodChain `json:"chains,omitzero"`
	// ID is the ID of the identity verification provider (ID_PROOFING).
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}

// AssuranceMethodFactorMode is how many factors an assurance verification method requires.
type AssuranceMethodFactorMode string

// AssuranceMethodFactorMode values.
const (
	// AssuranceMethodFactorMode1FA requires one factor.
	AssuranceMethodFactorMode1FA AssuranceMethodFactorMode = "1FA"
	// AssuranceMethodFactorMode2FA requires two factors.
	AssuranceMethodFactorMode2FA AssuranceMethodFactorMode = "2FA"
)

// AccessPolicyConstraints are the knowledge and possession constraints of an assurance.
type AccessPolicyConstraints struct {
	Knowledge  *KnowledgeConstraint  `json:"knowledge,omitzero"`
	Possession *PossessionConstraint `json:"possession,omitzero"`
	Extra      Extra                 `json:"-"`
}

// AccessPolicyConstraint constrains the authenticators (types, methods, specific authenticators) that satisfy a
// factor of an assurance.
type AccessPolicyConstraint struct {
	// Methods are the authenticator methods that are permitted (ConstraintMethod values).
	Methods []ConstraintMethod `json:"methods,omitzero"`
	// The duration after which the user must re-authenticate regardless of user activity.
	ReauthenticateIn string `json:"reauthenticateIn,omitzero"`
	// Types are the authenticator types that are permitted (ConstraintType values).
	Types []ConstraintType `json:"types,omitzero"`
	// This property specifies the precise authenticator and method for authentication.
	AuthenticationMethods []AuthenticationMethodObject `json:"authenticationMethods,omitzero"`
	// This property specifies the precise authenticator and method to exclude from authentication.
	ExcludedAuthenticationMethods []AuthenticationMethodObject `json:"excludedAuthenticationMethods,omitzero"`
	// This property indicates whether the knowledge or possession factor is required by the assurance.
	Required *bool `json:"required,omitzero"`
	Extra    Extra `json:"-"`
}

// KnowledgeConstraint constrains the knowledge factor (password, security question) of an assurance. The
// spec defines it as AccessPolicyConstraint with nothing added.
type KnowledgeConstraint = AccessPolicyConstraint

// PossessionConstraint constrains the possession factor of an assurance, including its phishing resistance and device
// binding.
type PossessionConstraint struct {
	// Methods are the authenticator methods that are permitted (ConstraintMethod values).
	Methods []ConstraintMethod `json:"methods,omitzero"`
	// The duration after which the user must re-authenticate regardless of user activity.
	ReauthenticateIn string `json:"reauthenticateIn,omitzero"`
	// Types are the authenticator types that are permitted (ConstraintType values).
	Types []ConstraintType `json:"types,omitzero"`
	// This property specifies the precise authenticator and method for authentication.
	AuthenticationMethods []AuthenticationMethodObject `json:"authenticationMethods,omitzero"`
	// This property specifies the precise authenticator and method to exclude from authentication.
	ExcludedAuthenticationMethods []AuthenticationMethodObject `json:"excludedAuthenticationMethods,omitzero"`
	// This property indicates whether the knowledge or possession factor is required by the assurance.
	Required *bool `json:"required,omitzero"`
	// Indicates if device-bound Factors are required. RequirementOptional or RequirementRequired.
	DeviceBound Requirement `json:"deviceBound,omitzero"`
	// Indicates if any secrets or private keys used during authentication must be hardware protected and not
	// exportable. RequirementOptional or RequirementRequired.
	HardwareProtection Requirement `json:"hardwareProtection,omitzero"`
	// Indicates if phishing-resistant Factors are required. RequirementOptional or RequirementRequired.
	PhishingResistant Requirement `json:"phishingResistant,omitzero"`
	// Indicates if the user needs to approve an Okta Verify prompt or provide biometrics (meets NIST AAL2
	// requirements). RequirementOptional or RequirementRequired.
	UserPresence Requirement `json:"userPresence,omitzero"`
	// Indicates the user interaction requirement (PIN or biometrics) to ensure verification of a possession factor.
	// RequirementOptional or RequirementRequired.
	UserVerification Requirement `json:"userVerification,omitzero"`
	// UserVerificationMethods are the methods that may verify the user, with UserVerification REQUIRED.
	UserVerificationMethods []UserVerificationMethod `json:"userVerificationMethods,omitzero"`
	Extra                   Extra                    `json:"-"`
}

// AuthenticationMethodObject names an authenticator (by key and, optionally, ID) and one of its methods.
type AuthenticationMethodObject struct {
	// A label that identifies the authenticator.
	Key string `json:"key,omitzero"`
	// Specifies the method used for the authenticator.
	Method string `json:"method,omitzero"`
	// ID is the authenticator's ID (Identity Engine).
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}

// PolicyAccess allows or denies.
type PolicyAccess string

// PolicyAccess values.
const (
	PolicyAccessAllow PolicyAccess = "ALLOW"
	PolicyAccessDeny  PolicyAccess = "DENY"
)

// OktaSignOnPolicyRuleActions are the actions of an Okta sign-on policy rule.
type OktaSignOnPolicyRuleActions struct {
	Signon *OktaSignOnPolicyRuleSignonActions `json:"signon,omitzero"`
	Extra  Extra                              `json:"-"`
}

// OktaSignOnPolicyRuleSignonActions say whether sign-in is allowed, when to prompt for a factor and how the session
// behaves.
type OktaSignOnPolicyRuleSignonActions struct {
	Access                  PolicyAccess                              `json:"access,omitzero"`
	FactorLifetime          *int                                      `json:"factorLifetime,omitzero"`
	FactorPromptMode        OktaSignOnPolicyFactorPromptMode          `json:"factorPromptMode,omitzero"`
	RememberDeviceByDefault *bool                                     `json:"rememberDeviceByDefault,omitzero"`
	RequireFactor           *bool                                     `json:"requireFactor,omitzero"`
	Session                 *OktaSignOnPolicyRuleSignonSessionActions `json:"session,omitzero"`
	// PrimaryFactor is the factor that establishes a session (Identity Engine), required with Access ALLOW.
	PrimaryFactor OktaSignOnPolicyRuleSignonPrimaryFactor `json:"primaryFactor,omitzero"`
	Extra         Extra                                   `json:"-"`
}

// OktaSignOnPolicyRuleSignonSessionActions are the session lifetime settings of a sign-on rule.
type OktaSignOnPolicyRuleSignonSessionActions struct {
	MaxSessionIdleMinutes     *int  `json:"maxSessionIdleMinutes,omitzero"`
	MaxSessionLifetimeMinutes *int  `json:"maxSessionLifetimeMinutes,omitzero"`
	UsePersistentCookie       *bool `json:"usePersistentCookie,omitzero"`
	Extra                     Extra `json:"-"`
}

// OktaSignOnPolicyFactorPromptMode says when a sign-on rule prompts for a factor.
type OktaSignOnPolicyFactorPromptMode string

// OktaSignOnPolicyFactorPromptMode values.
const (
	OktaSignOnPolicyFactorPromptModeAlways  OktaSignOnPolicyFactorPromptMode = "ALWAYS"
	OktaSignOnPolicyFactorPromptModeDevice  OktaSignOnPolicyFactorPromptMode = "DEVICE"
	OktaSignOnPolicyFactorPromptModeSession OktaSignOnPolicyFactorPromptMode = "SESSION"
)

// PasswordPolicyRuleActions are the actions of a password policy rule: password change, self-service reset and
// unlock.
type PasswordPolicyRuleActions struct {
	PasswordChange           *PasswordPolicyRuleAction       `json:"passwordChange,omitzero"`
	SelfServicePasswordReset *SelfServicePasswordResetAction `json:"selfServicePasswordReset,omitzero"`
	SelfServiceUnlock        *PasswordPolicyRuleAction       `json:"selfServiceUnlock,omitzero"`
	Extra                    Extra                           `json:"-"`
}

// PasswordPolicyRuleAction allows or denies a self-service password operation.
type PasswordPolicyRuleAction struct {
	Access PolicyAccess `json:"access,omitzero"`
	Extra  Extra        `json:"-"`
}

// SelfServicePasswordResetAction enables or disables self-service password reset and says which authenticators and
// constraints it takes.
type SelfServicePasswordResetAction struct {
	Access PolicyAccess `json:"access,omitzero"`
	// The type of rule action. One of selfServicePasswordReset.
	Type        SelfServicePasswordResetActionType `json:"type,omitzero"`
	Requirement *SsprRequirement                   `json:"requirement,omitzero"`
	Extra       Extra                              `json:"-"`
}

// SsprRequirement describes the initial and secondary authenticators a user needs to reset a password.
type SsprRequirement struct {
	Primary *SsprPrimaryRequirement `json:"primary,omitzero"`
	StepUp  *SsprStepUpRequirement  `json:"stepUp,omitzero"`
	// AccessControl says whether the Okta account management policy (AUTH_POLICY) or this rule's Primary and
	// StepUp (LEGACY) decide what a user needs to reset a password.
	AccessControl SsprRequirementAccessControl `json:"accessControl,omitzero"`
	Extra         Extra                        `json:"-"`
}

// SsprPrimaryRequirement names the authenticators permitted for the first step of password recovery.
type SsprPrimaryRequirement struct {
	// Authenticator methods allowed for the initial authentication step of password recovery. Values: push, sms,
	// voice, email.
	Methods []SsprMethod `json:"methods,omitzero"`
	// Constraints on the values specified in the `methods` array.
	MethodConstraints []AuthenticatorMethodConstraint `json:"methodConstraints,omitzero"`
	Extra             Extra                           `json:"-"`
}

// SsprStepUpRequirement names the secondary authenticators password recovery needs when Required is true.
type SsprStepUpRequirement struct {
	// Authenticator methods required for secondary authentication step of password recovery. Values:
	// security_question.
	Methods  []SsprStepUpMethod `json:"methods,omitzero"`
	Required *bool              `json:"required,omitzero"`
	Extra    Extra              `json:"-"`
}

// AuthenticatorMethodConstraint limits the authenticators usable for a method (only otp supports constraints).
type AuthenticatorMethodConstraint struct {
	// One of otp.
	Method                AuthenticatorMethodConstraintMethod `json:"method,omitzero"`
	AllowedAuthenticators []AuthenticatorIdentity             `json:"allowedAuthenticators,omitzero"`
	Extra                 Extra                               `json:"-"`
}

// AuthenticatorIdentity names an authenticator by key.
type AuthenticatorIdentity struct {
	Key   string `json:"key,omitzero"`
	Extra Extra  `json:"-"`
}

// ProfileEnrollmentPolicyRuleActions are the actions of a profile enrollment policy rule.
type ProfileEnrollmentPolicyRuleActions struct {
	ProfileEnrollment *ProfileEnrollmentPolicyRuleAction `json:"profileEnrollment,omitzero"`
	Extra             Extra                              `json:"-"`
}

// ProfileEnrollmentPolicyRuleAction configures self-service registration and progressive profiling.
type ProfileEnrollmentPolicyRuleAction struct {
	Access                     PolicyAccess                                      `json:"access,omitzero"`
	ActivationRequirements     *ProfileEnrollmentPolicyRuleActivationRequirement `json:"activationRequirements,omitzero"`
	PreRegistrationInlineHooks []PreRegistrationInlineHook                       `json:"preRegistrationInlineHooks,omitzero"`
	ProfileAttributes          []ProfileEnrollmentPolicyRuleProfileAttribute     `json:"profileAttributes,omitzero"`
	TargetGroupIDs             []string                                          `json:"targetGroupIds,omitzero"`
	// One of DENY, REGISTER.
	UnknownUserAction UnknownUserAction `json:"unknownUserAction,omitzero"`
	// One of ENABLED, DISABLED.
	ProgressiveProfilingAction ProgressiveProfilingAction `json:"progressiveProfilingAction,omitzero"`
	// AllowedIdentifiers are the profile attributes a user may identify with in sign-in, unlock and recovery
	// (Okta's default is login).
	AllowedIdentifiers []string `json:"allowedIdentifiers,omitzero"`
	// EnrollAuthenticatorTypes are the authenticators offered on the first page of registration ("password").
	EnrollAuthenticatorTypes []string `json:"enrollAuthenticatorTypes,omitzero"`
	// UISchemaID is the ID of the registration form's UI schema. Okta creates it; once set, every update of the
	// rule must send it back.
	UISchemaID string `json:"uiSchemaId,omitzero"`
	Extra      Extra  `json:"-"`
}

// ProfileEnrollmentPolicyRuleActivationRequirement says whether new users must verify their email.
type ProfileEnrollmentPolicyRuleActivationRequirement struct {
	EmailVerification *bool `json:"emailVerification,omitzero"`
	Extra             Extra `json:"-"`
}

// ProfileEnrollmentPolicyRuleProfileAttribute is a profile attribute the registration form asks for.
type ProfileEnrollmentPolicyRuleProfileAttribute struct {
	Label    string `json:"label,omitzero"`
	Name     string `json:"name,omitzero"`
	Required *bool  `json:"required,omitzero"`
	Extra    Extra  `json:"-"`
}

// PreRegistrationInlineHook names the registration inline hook to call.
type PreRegistrationInlineHook struct {
	InlineHookID string `json:"inlineHookId,omitzero"`
	Extra        Extra  `json:"-"`
}

// IdPPolicyRuleAction is the action of an IdP discovery rule: the identity providers to route to.
type IdPPolicyRuleAction struct {
	IdP   *IdPPolicyRuleActionIdP `json:"idp,omitzero"`
	Extra Extra                   `json:"-"`
}

// IdPPolicyRuleActionIdP are the identity providers an IdP discovery rule routes to.
type IdPPolicyRuleActionIdP struct {
	// List of configured Identity Providers that a given Rule can route to.
	Providers []IdPPolicyRuleActionProvider `json:"providers,omitzero"`
	// Determines whether the rule should use expression language or a specific IdP.
	IdPSelectionType IdPSelectionType `json:"idpSelectionType,omitzero"`
	// Required if `idpSelectionType` is set to `DYNAMIC`.
	MatchCriteria []IdPPolicyRuleActionMatchCriteria `json:"matchCriteria,omitzero"`
	Extra         Extra                              `json:"-"`
}

// IdPPolicyRuleActionProvider is an identity provider an IdP discovery rule routes to.
type IdPPolicyRuleActionProvider struct {
	// IdP types of `OKTA`, `AgentlessDSSO`, and `IWA` don't require an ID.
	ID string `json:"id,omitzero"`
	// Provider `name` in Okta.
	Name  string               `json:"name,omitzero"`
	Type  IdentityProviderType `json:"type,omitzero"`
	Extra Extra                `json:"-"`
}

// IdPPolicyRuleActionMatchCriteria matches an identity provider dynamically, by an expression on a property.
type IdPPolicyRuleActionMatchCriteria struct {
	// You can provide an Okta Expression Language expression with the Login Context that's evaluated with the IdP.
	ProviderExpression string `json:"providerExpression,omitzero"`
	// The IdP property that the evaluated string should match to.
	PropertyName string `json:"propertyName,omitzero"`
	Extra        Extra  `json:"-"`
}

// IdPSelectionType says whether an IdP discovery rule routes to specific providers or selects them dynamically.
type IdPSelectionType string

// IdPSelectionType values.
const (
	IdPSelectionTypeDynamic  IdPSelectionType = "DYNAMIC"
	IdPSelectionTypeSpecific IdPSelectionType = "SPECIFIC"
)

// IdentityProviderType is the type of an identity provider.
type IdentityProviderType string

// IdentityProviderType values.
const (
	IdentityProviderTypeAgentlessDSSO IdentityProviderType = "AgentlessDSSO"
	IdentityProviderTypeFacebook      IdentityProviderType = "FACEBOOK"
	IdentityProviderTypeGoogle        IdentityProviderType = "GOOGLE"
	IdentityProviderTypeIWA           IdentityProviderType = "IWA"
	IdentityProviderTypeLinkedin      IdentityProviderType = "LINKEDIN"
	IdentityProviderTypeMicrosoft     IdentityProviderType = "MICROSOFT"
	IdentityProviderTypeOIDC          IdentityProviderType = "OIDC"
	IdentityProviderTypeOkta          IdentityProviderType = "OKTA"
	IdentityProviderTypeSAML2         IdentityProviderType = "SAML2"
	IdentityProviderTypeX509          IdentityProviderType = "X509"
)

// AuthorizationServerPolicyRuleActions are the actions of an authorization server policy rule.
type AuthorizationServerPolicyRuleActions struct {
	Token *TokenAuthorizationServerPolicyRuleAction `json:"token,omitzero"`
	Extra Extra                                     `json:"-"`
}

// TokenAuthorizationServerPolicyRuleAction sets the token lifetimes of an authorization server policy rule and the
// token inline hook.
type TokenAuthorizationServerPolicyRuleAction struct {
	AccessTokenLifetimeMinutes  *int                                                `json:"accessTokenLifetimeMinutes,omitzero"`
	InlineHook                  *TokenAuthorizationServerPolicyRuleActionInlineHook `json:"inlineHook,omitzero"`
	RefreshTokenLifetimeMinutes *int                                                `json:"refreshTokenLifetimeMinutes,omitzero"`
	RefreshTokenWindowMinutes   *int                                                `json:"refreshTokenWindowMinutes,omitzero"`
	Extra                       Extra                                               `json:"-"`
}

// TokenAuthorizationServerPolicyRuleActionInlineHook names the token inline hook to call.
type TokenAuthorizationServerPolicyRuleActionInlineHook struct {
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}

// ConstraintMethod is an authenticator method an access policy constraint permits.
type ConstraintMethod string

// ConstraintMethod values. Okta may send others; they decode as they are.
const (
	ConstraintMethodCert             ConstraintMethod = "CERT"
	ConstraintMethodDuo              ConstraintMethod = "DUO"
	ConstraintMethodEmail            ConstraintMethod = "EMAIL"
	ConstraintMethodIdP              ConstraintMethod = "IDP"
	ConstraintMethodOTP              ConstraintMethod = "OTP"
	ConstraintMethodPassword         ConstraintMethod = "PASSWORD"
	ConstraintMethodPush             ConstraintMethod = "PUSH"
	ConstraintMethodSecurityQuestion ConstraintMethod = "SECURITY_QUESTION"
	ConstraintMethodSignedNonce      ConstraintMethod = "SIGNED_NONCE"
	ConstraintMethodSMS              ConstraintMethod = "SMS"
	ConstraintMethodTOTP             ConstraintMethod = "TOTP"
	ConstraintMethodVoice            ConstraintMethod = "VOICE"
	ConstraintMethodWebAuthn         ConstraintMethod = "WEBAUTHN"
)

// ConstraintType is a type of authenticator an access policy constraint permits.
type ConstraintType string

// ConstraintType values. Okta may send others; they decode as they are.
const (
	ConstraintTypeApp              ConstraintType = "APP"
	ConstraintTypeEmail            ConstraintType = "EMAIL"
	ConstraintTypeFederated        ConstraintType = "FEDERATED"
	ConstraintTypePassword         ConstraintType = "PASSWORD"
	ConstraintTypePhone            ConstraintType = "PHONE"
	ConstraintTypeSecurityKey      ConstraintType = "SECURITY_KEY"
	ConstraintTypeSecurityQuestion ConstraintType = "SECURITY_QUESTION"
)

// Requirement says whether a property of the authenticators an access policy constraint permits (device
// binding, phishing resistance, hardware protection, user presence, user verification) is required.
type Requirement string

// Requirement values.
const (
	RequirementOptional Requirement = "OPTIONAL"
	RequirementRequired Requirement = "REQUIRED"
)

// PoliciesListRulesOptions are the parameters of PoliciesService.ListRules.
type PoliciesListRulesOptions struct {
	// Limit is the page size.
	Limit int `url:"limit"`
}

// PoliciesCreateRuleOptions are the parameters of PoliciesService.CreateRule.
type PoliciesCreateRuleOptions struct {
	// Activate, when set, says whether to activate the rule; set it to false to create an INACTIVE rule. Okta's
	// default is true.
	Activate *bool `url:"activate"`
}

// SelfServicePasswordResetActionType is the type of a password recovery rule action.
type SelfServicePasswordResetActionType string

// SelfServicePasswordResetActionType values. Okta may send others; they decode as they are.
const (
	SelfServicePasswordResetActionTypeSelfServicePasswordReset SelfServicePasswordResetActionType = "selfServicePasswordReset"
)

// SsprMethod is an authenticator method of password recovery.
type SsprMethod string

// SsprMethod values. Okta may send others; they decode as they are.
const (
	SsprMethodEmail SsprMethod = "email"
	SsprMethodOTP   SsprMethod = "otp"
	SsprMethodPush  SsprMethod = "push"
	SsprMethodSMS   SsprMethod = "sms"
	SsprMethodVoice SsprMethod = "voice"
)

// SsprStepUpMethod is an authenticator method of the second step of password recovery.
type SsprStepUpMethod string

// SsprStepUpMethod values. Okta may send others; they decode as they are.
const (
	SsprStepUpMethodSecurityQuestion SsprStepUpMethod = "security_question"
)

// AuthenticatorMethodConstraintMethod is the authenticator method a method constraint limits.
type AuthenticatorMethodConstraintMethod string

// AuthenticatorMethodConstraintMethod values. Okta may send others; they decode as they are.
const (
	AuthenticatorMethodConstraintMethodOTP AuthenticatorMethodConstraintMethod = "otp"
)

// UnknownUserAction says what profile enrollment does with a user Okta does not know: register or deny.
type UnknownUserAction string

// UnknownUserAction values. Okta may send others; they decode as they are.
const (
	UnknownUserActionDeny     UnknownUserAction = "DENY"
	UnknownUserActionRegister UnknownUserAction = "REGISTER"
)

// ProgressiveProfilingAction says whether profile enrollment asks existing users for missing attributes.
type ProgressiveProfilingAction string

// ProgressiveProfilingAction values. Okta may send others; they decode as they are.
const (
	ProgressiveProfilingActionDisabled ProgressiveProfilingAction = "DISABLED"
	ProgressiveProfilingActionEnabled  ProgressiveProfilingAction = "ENABLED"
)

// IdentityProviderType values that Okta added after the Management API 5.1.0.
const (
	IdentityProviderTypeAmazon          IdentityProviderType = "AMAZON"
	IdentityProviderTypeApple           IdentityProviderType = "APPLE"
	IdentityProviderTypeDiscord         IdentityProviderType = "DISCORD"
	IdentityProviderTypeGithub          IdentityProviderType = "GITHUB"
	IdentityProviderTypeGitlab          IdentityProviderType = "GITLAB"
	IdentityProviderTypeIdvClear        IdentityProviderType = "IDV_CLEAR"
	IdentityProviderTypeIdvIncode       IdentityProviderType = "IDV_INCODE"
	IdentityProviderTypeIdvPersona      IdentityProviderType = "IDV_PERSONA"
	IdentityProviderTypeIdvStandard     IdentityProviderType = "IDV_STANDARD"
	IdentityProviderTypeLogingov        IdentityProviderType = "LOGINGOV"
	IdentityProviderTypeLogingovSandbox IdentityProviderType = "LOGINGOV_SANDBOX"
	IdentityProviderTypeOktaIntegration IdentityProviderType = "OKTA_INTEGRATION"
	IdentityProviderTypePaypal          IdentityProviderType = "PAYPAL"
	IdentityProviderTypePaypalSandbox   IdentityProviderType = "PAYPAL_SANDBOX"
	IdentityProviderTypeSalesforce      IdentityProviderType = "SALESFORCE"
	IdentityProviderTypeSpotify         IdentityProviderType = "SPOTIFY"
	IdentityProviderTypeXero            IdentityProviderType = "XERO"
	IdentityProviderTypeYahoo           IdentityProviderType = "YAHOO"
	IdentityProviderTypeYahoojp         IdentityProviderType = "YAHOOJP"
)

// PolicyRuleType values that Okta added after the Management API 5.1.0.
const (
	PolicyRuleTypeClientUpdate              PolicyRuleType = "CLIENT_UPDATE"
	PolicyRuleTypeDeviceSignalCollection    PolicyRuleType = "DEVICE_SIGNAL_COLLECTION"
	PolicyRuleTypeEntityRisk                PolicyRuleType = "ENTITY_RISK"
	PolicyRuleTypePostAuthSession           PolicyRuleType = "POST_AUTH_SESSION"
	PolicyRuleTypeSessionViolationDetection PolicyRuleType = "SESSION_VIOLATION_DETECTION"
)
