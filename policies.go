package okta

import (
	"context"
	"errors"
	"net/http"
	"reflect"
	"time"
)

// PoliciesService manages policies and their rules. Reach it as client.Policies.
//
// A policy is one of several kinds (PolicyType); methods take and return the Policy interface, whose concrete
// types (*PasswordPolicy, *OktaSignOnPolicy, ...) carry each kind's conditions and settings:
//
//	p, _, err := client.Policies.Get(ctx, policyID, nil)
//	if pw, ok := p.(*okta.PasswordPolicy); ok {
//		pw.Settings.Password.Complexity.MinLength = new(12)
//		_, _, err = client.Policies.Replace(ctx, policyID, pw)
//	}
type PoliciesService service

// List returns a page of the policies of one type; opts.Type is required (Okta lists one type at a time).
// Okta's current API pages this list (opts.Limit, opts.After); ListIter walks every page.
//
//okta:operation listPolicies GET /api/v1/policies
func (s *PoliciesService) List(ctx context.Context, opts *PoliciesListOptions) ([]Policy, *Response, error) {
	return send[[]Policy](ctx, s.client, listPoliciesRequest(opts))
}

// ListIter returns an iterator over all the policies that match opts, fetching pages as it goes; opts.Type is
// required, as for List.
func (s *PoliciesService) ListIter(ctx context.Context, opts *PoliciesListOptions) *Iterator[Policy] {
	return newIterator[Policy](ctx, s.client, listPoliciesRequest(opts))
}

func listPoliciesRequest(opts *PoliciesListOptions) *request {
	r := newRequest(http.MethodGet, "/api/v1/policies").withQuery(opts)
	if r.err == nil && (opts == nil || opts.Type == "") {
		r.err = errors.New("okta: ListPoliciesOptions.Type is required: Okta lists the policies of one type at a time")
	}
	return r
}

// Create creates a policy. Its Type may be left empty: it is filled in from the Go type (a *PasswordPolicy is
// sent as PASSWORD), on a copy, so policy is not changed. With opts.Activate unset Okta activates the policy.
//
//okta:operation createPolicy POST /api/v1/policies
func (s *PoliciesService) Create(ctx context.Context, policy Policy, opts *PoliciesCreateOptions) (Policy, *Response, error) {
	return send[Policy](ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies").withBody(policy).withQuery(opts))
}

// Get retrieves a policy by ID. opts.Expand set to "rules" embeds the policy's rules in its _embedded.
//
//okta:operation getPolicy GET /api/v1/policies/{policyId}
func (s *PoliciesService) Get(ctx context.Context, policyID string, opts *PoliciesGetOptions) (Policy, *Response, error) {
	return send[Policy](ctx, s.client, newRequest(http.MethodGet, "/api/v1/policies/{policyId}", policyID).withQuery(opts))
}

// Replace replaces a policy. A policy decoded from Get and changed sends back every field Okta returned,
// including settings this SDK does not model. An empty Type is filled in as in Create.
//
//okta:operation replacePolicy PUT /api/v1/policies/{policyId}
func (s *PoliciesService) Replace(ctx context.Context, policyID string, policy Policy) (Policy, *Response, error) {
	return send[Policy](ctx, s.client, newRequest(http.MethodPut, "/api/v1/policies/{policyId}", policyID).withBody(policy))
}

// Delete deletes a policy. Okta refuses to delete its default (system) policies.
//
//okta:operation deletePolicy DELETE /api/v1/policies/{policyId}
func (s *PoliciesService) Delete(ctx context.Context, policyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/policies/{policyId}", policyID))
}

// ListApps returns the applications that use an access policy.
//
// Deprecated: Okta deprecated this operation; use ListMappings.
//
//okta:operation listPolicyApps GET /api/v1/policies/{policyId}/app
func (s *PoliciesService) ListApps(ctx context.Context, policyID string) ([]Application, *Response, error) {
	return send[[]Application](ctx, s.client, newRequest(http.MethodGet, "/api/v1/policies/{policyId}/app", policyID))
}

// Clone creates a copy of a policy, with its rules, and returns the copy.
//
//okta:operation clonePolicy POST /api/v1/policies/{policyId}/clone
func (s *PoliciesService) Clone(ctx context.Context, policyID string) (Policy, *Response, error) {
	return send[Policy](ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies/{policyId}/clone", policyID))
}

// Activate activates a policy.
//
//okta:operation activatePolicy POST /api/v1/policies/{policyId}/lifecycle/activate
func (s *PoliciesService) Activate(ctx context.Context, policyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies/{policyId}/lifecycle/activate", policyID))
}

// Deactivate deactivates a policy.
//
//okta:operation deactivatePolicy POST /api/v1/policies/{policyId}/lifecycle/deactivate
func (s *PoliciesService) Deactivate(ctx context.Context, policyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies/{policyId}/lifecycle/deactivate", policyID))
}

// ListMappings returns the resources (apps) mapped to a policy.
//
//okta:operation listPolicyMappings GET /api/v1/policies/{policyId}/mappings
func (s *PoliciesService) ListMappings(ctx context.Context, policyID string) ([]PolicyMapping, *Response, error) {
	return send[[]PolicyMapping](ctx, s.client, newRequest(http.MethodGet, "/api/v1/policies/{policyId}/mappings", policyID))
}

// CreateMapping maps a resource (an app) to a policy, so that the policy applies to it.
//
//okta:operation mapResourceToPolicy POST /api/v1/policies/{policyId}/mappings
func (s *PoliciesService) CreateMapping(ctx context.Context, policyID string, mapping *CreatePolicyMappingRequest) (*PolicyMapping, *Response, error) {
	return send[*PolicyMapping](ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies/{policyId}/mappings", policyID).withBody(mapping))
}

// GetMapping retrieves one resource mapping of a policy.
//
//okta:operation getPolicyMapping GET /api/v1/policies/{policyId}/mappings/{mappingId}
func (s *PoliciesService) GetMapping(ctx context.Context, policyID, mappingID string) (*PolicyMapping, *Response, error) {
	return send[*PolicyMapping](ctx, s.client, newRequest(http.MethodGet, "/api/v1/policies/{policyId}/mappings/{mappingId}", policyID, mappingID))
}

// DeleteMapping removes a resource mapping from a policy.
//
//okta:operation deletePolicyResourceMapping DELETE /api/v1/policies/{policyId}/mappings/{mappingId}
func (s *PoliciesService) DeleteMapping(ctx context.Context, policyID, mappingID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/policies/{policyId}/mappings/{mappingId}", policyID, mappingID))
}

// PoliciesListOptions are the parameters of PoliciesService.List.
type PoliciesListOptions struct {
	// Type is the kind of policies to list. It is required.
	Type PolicyType `url:"type"`
	// Status lists only ACTIVE or INACTIVE policies.
	Status LifecycleStatus `url:"status"`
	// Expand set to "rules" embeds each policy's rules in its _embedded.
	Expand PolicyExpand `url:"expand"`
	// Q lists only the policies whose name starts with Q.
	Q string `url:"q"`
	// SortBy set to "name" sorts the policies by name, A to Z.
	SortBy string `url:"sortBy"`
	// Limit is the page size.
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// ResourceID lists only the policies linked to this resource (an authorization server's ID, ...).
	ResourceID string `url:"resourceId"`
}

// PoliciesCreateOptions are the parameters of PoliciesService.Create.
type PoliciesCreateOptions struct {
	// Activate, when set, says whether to activate the policy; Okta's default is true.
	Activate *bool `url:"activate"`
}

// PoliciesGetOptions are the parameters of PoliciesService.Get.
type PoliciesGetOptions struct {
	// Expand set to "rules" embeds the policy's rules in its _embedded.
	Expand PolicyExpand `url:"expand"`
}

// Policy is a policy. Its concrete type depends on its type:
//
//	ACCESS_POLICY       *AccessPolicy
//	IDP_DISCOVERY       *IdPDiscoveryPolicy
//	MFA_ENROLL          *MultifactorEnrollmentPolicy
//	OKTA_SIGN_ON        *OktaSignOnPolicy
//	PASSWORD            *PasswordPolicy
//	PROFILE_ENROLLMENT  *ProfileEnrollmentPolicy
//	CLIENT_UPDATE, DEVICE_SIGNAL_COLLECTION, ENTITY_RISK, POST_AUTH_SESSION, SESSION_VIOLATION_DETECTION: the
//	                    types of those names (ClientUpdatePolicy, ...)
//	anything else       *UnknownPolicy
//
// A type switch reaches the conditions and settings of each kind; Base returns the fields every policy has.
// Every one keeps the members it does not model in its Extra, so a policy read from Okta and sent back with
// Replace loses nothing.
type Policy interface {
	// Base returns the fields all policies share, to read or change them in place.
	Base() *PolicyBase
	// policyType is the Type the Go type stands for ("" for UnknownPolicy).
	policyType() PolicyType
}

// PolicyBase holds the fields every policy has. The concrete policy types embed it.
type PolicyBase struct {
	ID          string `json:"id,omitzero"`
	Name        string `json:"name,omitzero"`
	Description string `json:"description,omitzero"`
	// Priority orders the policies of one type, 1 being evaluated first.
	Priority int             `json:"priority,omitzero"`
	Status   LifecycleStatus `json:"status,omitzero"`
	// System is true for the default policies Okta created, which cannot be deleted.
	System      bool       `json:"system,omitzero"`
	Type        PolicyType `json:"type,omitzero"`
	Created     time.Time  `json:"created,omitzero"`
	LastUpdated time.Time  `json:"lastUpdated,omitzero"`
	// Embedded holds what expand asked for (the policy's rules).
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
}

// Base returns b, so that every policy type, which embeds PolicyBase, implements Policy.Base.
func (b *PolicyBase) Base() *PolicyBase { return b }

// AccessPolicy is an authentication policy (ACCESS_POLICY): the rules apps use to decide how users must
// authenticate.
type AccessPolicy struct {
	PolicyBase
	Conditions *PolicyRuleConditions `json:"conditions,omitzero"`
	Extra      Extra                 `json:"-"`
}

// IdPDiscoveryPolicy is the identity provider routing policy (IDP_DISCOVERY). Okta sends its conditions as null;
// the routing lives in its rules.
type IdPDiscoveryPolicy struct {
	PolicyBase
	Conditions Extra `json:"conditions,omitzero"`
	Extra      Extra `json:"-"`
}

// MultifactorEnrollmentPolicy is an authenticator enrollment policy (MFA_ENROLL): which authenticators the
// users it applies to may or must enroll.
type MultifactorEnrollmentPolicy struct {
	PolicyBase
	Conditions *PolicyRuleConditions                `json:"conditions,omitzero"`
	Settings   *MultifactorEnrollmentPolicySettings `json:"settings,omitzero"`
	Extra      Extra                                `json:"-"`
}

// OktaSignOnPolicy is a global session policy (OKTA_SIGN_ON): how users sign in to Okta itself.
type OktaSignOnPolicy struct {
	PolicyBase
	Conditions *OktaSignOnPolicyConditions `json:"conditions,omitzero"`
	Extra      Extra                       `json:"-"`
}

// PasswordPolicy is a password policy (PASSWORD): password complexity, age, lockout and recovery for the
// groups it applies to.
type PasswordPolicy struct {
	PolicyBase
	Conditions *PasswordPolicyConditions `json:"conditions,omitzero"`
	Settings   *PasswordPolicySettings   `json:"settings,omitzero"`
	Extra      Extra                     `json:"-"`
}

// ProfileEnrollmentPolicy is a user profile policy (PROFILE_ENROLLMENT): self-service registration and
// progressive profiling, configured in its rules.
type ProfileEnrollmentPolicy struct {
	PolicyBase
	Conditions *PolicyRuleConditions `json:"conditions,omitzero"`
	Extra      Extra                 `json:"-"`
}

// ClientUpdatePolicy is a client update policy (CLIENT_UPDATE): which Okta client versions, such as Okta
// Verify, update automatically. The updates allowed are the actions of its rules (ClientUpdatePolicyRule).
type ClientUpdatePolicy struct {
	PolicyBase
	// Conditions are not supported for this kind: Okta sends null, which stays in Extra. Conditions keeps
	// whatever object Okta might send instead.
	Conditions Extra `json:"conditions,omitzero"`
	Extra      Extra `json:"-"`
}

// DeviceSignalCollectionPolicy is a device signal collection policy (DEVICE_SIGNAL_COLLECTION): which device
// signals Okta collects before access policies are evaluated. Its rules (DeviceSignalCollectionPolicyRule) carry
// the conditions.
type DeviceSignalCollectionPolicy struct {
	PolicyBase
	// Conditions are not supported for this kind (they are set on its rules): Okta sends null, which stays in
	// Extra. Conditions keeps whatever object Okta might send instead.
	Conditions Extra `json:"conditions,omitzero"`
	Extra      Extra `json:"-"`
}

// EntityRiskPolicy is an entity risk policy (ENTITY_RISK): what Okta does when a user's risk changes, set by its
// rules (EntityRiskPolicyRule).
type EntityRiskPolicy struct {
	PolicyBase
	// Conditions are not supported for this kind: Okta sends null, which stays in Extra. Conditions keeps
	// whatever object Okta might send instead.
	Conditions Extra `json:"conditions,omitzero"`
	Extra      Extra `json:"-"`
}

// PostAuthSessionPolicy is a post-authentication session policy (POST_AUTH_SESSION): what Okta does when a
// session violates policy after sign-in, set by its rules (PostAuthSessionPolicyRule).
type PostAuthSessionPolicy struct {
	PolicyBase
	// Conditions are not supported for this kind: Okta sends null, which stays in Extra. Conditions keeps
	// whatever object Okta might send instead.
	Conditions Extra `json:"conditions,omitzero"`
	Extra      Extra `json:"-"`
}

// SessionViolationDetectionPolicy is a session violation detection policy (SESSION_VIOLATION_DETECTION): when
// Okta evaluates a session's sign-on policies again, set by its rules (SessionViolationDetectionPolicyRule).
type SessionViolationDetectionPolicy struct {
	PolicyBase
	// Conditions are not supported for this kind: Okta sends null, which stays in Extra. Conditions keeps
	// whatever object Okta might send instead.
	Conditions Extra `json:"conditions,omitzero"`
	Extra      Extra `json:"-"`
}

// UnknownPolicy is a policy of a kind this SDK does not know (Okta adds kinds all the time). Everything beyond the common fields is kept in Extra and sent back as it came.
type UnknownPolicy struct {
	PolicyBase
	Extra Extra `json:"-"`
}

func (*AccessPolicy) policyType() PolicyType                 { return PolicyTypeAccessPolicy }
func (*IdPDiscoveryPolicy) policyType() PolicyType           { return PolicyTypeIdPDiscovery }
func (*MultifactorEnrollmentPolicy) policyType() PolicyType  { return PolicyTypeMFAEnroll }
func (*OktaSignOnPolicy) policyType() PolicyType             { return PolicyTypeOktaSignOn }
func (*PasswordPolicy) policyType() PolicyType               { return PolicyTypePassword }
func (*ProfileEnrollmentPolicy) policyType() PolicyType      { return PolicyTypeProfileEnrollment }
func (*ClientUpdatePolicy) policyType() PolicyType           { return PolicyTypeClientUpdate }
func (*DeviceSignalCollectionPolicy) policyType() PolicyType { return PolicyTypeDeviceSignalCollection }
func (*EntityRiskPolicy) policyType() PolicyType             { return PolicyTypeEntityRisk }
func (*PostAuthSessionPolicy) policyType() PolicyType        { return PolicyTypePostAuthSession }
func (*SessionViolationDetectionPolicy) policyType() PolicyType {
	return PolicyTypeSessionViolationDetection
}
func (*UnknownPolicy) policyType() PolicyType { return "" }

func init() {
	registerUnion(unionOf[Policy, UnknownPolicy]("type",
		kindOf[AccessPolicy](PolicyTypeAccessPolicy),
		kindOf[IdPDiscoveryPolicy](PolicyTypeIdPDiscovery),
		kindOf[MultifactorEnrollmentPolicy](PolicyTypeMFAEnroll),
		kindOf[OktaSignOnPolicy](PolicyTypeOktaSignOn),
		kindOf[PasswordPolicy](PolicyTypePassword),
		kindOf[ProfileEnrollmentPolicy](PolicyTypeProfileEnrollment),
		kindOf[ClientUpdatePolicy](PolicyTypeClientUpdate),
		kindOf[DeviceSignalCollectionPolicy](PolicyTypeDeviceSignalCollection),
		kindOf[EntityRiskPolicy](PolicyTypeEntityRisk),
		kindOf[PostAuthSessionPolicy](PolicyTypePostAuthSession),
		kindOf[SessionViolationDetectionPolicy](PolicyTypeSessionViolationDetection),
	))
}

// withType returns v, a pointer to a struct with a Type field, unchanged if Type is set, or else a shallow copy
// with Type set to kind: the Go type already says which kind the value is, and Okta refuses one without it.
func withType[T any, K ~string](v T, kind K) T {
	rv := reflect.ValueOf(v)
	if kind == "" || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return v
	}
	f := rv.Elem().FieldByName("Type")
	if !f.IsValid() || f.Kind() != reflect.String || f.String() != "" {
		return v
	}
	cp := reflect.New(rv.Elem().Type())
	cp.Elem().Set(rv.Elem())
	cp.Elem().FieldByName("Type").SetString(string(kind))
	return cp.Interface().(T)
}

// PolicyType is the kind of a policy.
type PolicyType string

// PolicyType values.
const (
	PolicyTypeAccessPolicy      PolicyType = "ACCESS_POLICY"
	PolicyTypeIdPDiscovery      PolicyType = "IDP_DISCOVERY"
	PolicyTypeMFAEnroll         PolicyType = "MFA_ENROLL"
	PolicyTypeOktaSignOn        PolicyType = "OKTA_SIGN_ON"
	PolicyTypePassword          PolicyType = "PASSWORD"
	PolicyTypeProfileEnrollment PolicyType = "PROFILE_ENROLLMENT"
)

// LifecycleStatus is the status of a resource that can be activated and deactivated.
type LifecycleStatus string

// LifecycleStatus values.
const (
	LifecycleStatusActive   LifecycleStatus = "ACTIVE"
	LifecycleStatusInactive LifecycleStatus = "INACTIVE"
)

// PasswordPolicySettings are the settings of a password policy: password rules, recovery and delegation.
type PasswordPolicySettings struct {
	Delegation *PasswordPolicyDelegationSettings `json:"delegation,omitzero"`
	Password   *PasswordPolicyPasswordSettings   `json:"password,omitzero"`
	Recovery   *PasswordPolicyRecoverySettings   `json:"recovery,omitzero"`
	Extra      Extra                             `json:"-"`
}

// PasswordPolicyPasswordSettings are the password rules: complexity, age and lockout.
type PasswordPolicyPasswordSettings struct {
	Age        *PasswordPolicyPasswordSettingsAge        `json:"age,omitzero"`
	Complexity *PasswordPolicyPasswordSettingsComplexity `json:"complexity,omitzero"`
	Lockout    *PasswordPolicyPasswordSettingsLockout    `json:"lockout,omitzero"`
	// BreachedProtection says what Okta does when a user's credentials turn up in a breach.
	BreachedProtection *PasswordPolicyPasswordSettingsBreachedProtection `json:"breachedProtection,omitzero"`
	Extra              Extra                                             `json:"-"`
}

// PasswordPolicyPasswordSettingsComplexity are the complexity requirements of passwords. Counts are pointers so that
// 0 can be sent.
type PasswordPolicyPasswordSettingsComplexity struct {
	Dictionary        *PasswordDictionary `json:"dictionary,omitzero"`
	ExcludeAttributes []string            `json:"excludeAttributes,omitzero"`
	ExcludeUsername   *bool               `json:"excludeUsername,omitzero"`
	MinLength         *int                `json:"minLength,omitzero"`
	MinLowerCase      *int                `json:"minLowerCase,omitzero"`
	MinNumber         *int                `json:"minNumber,omitzero"`
	MinSymbol         *int                `json:"minSymbol,omitzero"`
	MinUpperCase      *int                `json:"minUpperCase,omitzero"`
	// MaxConsecutiveCharacters is the largest number of identical consecutive characters a password may have.
	MaxConsecutiveCharacters *int `json:"maxConsecutiveCharacters,omitzero"`
	// OELStatement is an Okta Expression Language expression that blocks words from passwords, one word per
	// expression joined with OR: password.value.contains('Word1') OR password.value.contains('Word2').
	OELStatement string `json:"oelStatement,omitzero"`
	Extra        Extra  `json:"-"`
}

// PasswordDictionary are the dictionary checks of passwords.
type PasswordDictionary struct {
	Common *PasswordDictionaryCommon `json:"common,omitzero"`
	Extra  Extra                     `json:"-"`
}

// PasswordDictionaryCommon says whether passwords from the common-password dictionary are refused.
type PasswordDictionaryCommon struct {
	Exclude *bool `json:"exclude,omitzero"`
	Extra   Extra `json:"-"`
}

// PasswordPolicyPasswordSettingsAge are the age rules of passwords. MaxAgeDays 0 means passwords never expire; the
// pointers let 0 be sent.
type PasswordPolicyPasswordSettingsAge struct {
	ExpireWarnDays *int  `json:"expireWarnDays,omitzero"`
	HistoryCount   *int  `json:"historyCount,omitzero"`
	MaxAgeDays     *int  `json:"maxAgeDays,omitzero"`
	MinAgeMinutes  *int  `json:"minAgeMinutes,omitzero"`
	Extra          Extra `json:"-"`
}

// PasswordPolicyPasswordSettingsLockout are the lockout rules: how many failed attempts lock a user out and for how
// long.
type PasswordPolicyPasswordSettingsLockout struct {
	AutoUnlockMinutes               *int     `json:"autoUnlockMinutes,omitzero"`
	MaxAttempts                     *int     `json:"maxAttempts,omitzero"`
	ShowLockoutFailures             *bool    `json:"showLockoutFailures,omitzero"`
	UserLockoutNotificationChannels []string `json:"userLockoutNotificationChannels,omitzero"`
	Extra                           Extra    `json:"-"`
}

// PasswordPolicyRecoverySettings are the account recovery settings of a password policy.
type PasswordPolicyRecoverySettings struct {
	Factors *PasswordPolicyRecoveryFactors `json:"factors,omitzero"`
	Extra   Extra                          `json:"-"`
}

// PasswordPolicyRecoveryFactors are the factors a user may recover an account with.
type PasswordPolicyRecoveryFactors struct {
	OktaCall         *PasswordPolicyRecoveryFactorSettings `json:"okta_call,omitzero"`
	OktaEmail        *PasswordPolicyRecoveryEmail          `json:"okta_email,omitzero"`
	OktaSMS          *PasswordPolicyRecoveryFactorSettings `json:"okta_sms,omitzero"`
	RecoveryQuestion *PasswordPolicyRecoveryQuestion       `json:"recovery_question,omitzero"`
	Extra            Extra                                 `json:"-"`
}

// PasswordPolicyRecoveryFactorSettings enables or disables a recovery factor.
type PasswordPolicyRecoveryFactorSettings struct {
	Status LifecycleStatus `json:"status,omitzero"`
	Extra  Extra           `json:"-"`
}

// PasswordPolicyRecoveryEmail is the email recovery factor.
type PasswordPolicyRecoveryEmail struct {
	Properties *PasswordPolicyRecoveryEmailProperties `json:"properties,omitzero"`
	Status     LifecycleStatus                        `json:"status,omitzero"`
	Extra      Extra                                  `json:"-"`
}

// PasswordPolicyRecoveryEmailProperties are the properties of the email recovery factor.
type PasswordPolicyRecoveryEmailProperties struct {
	RecoveryToken *PasswordPolicyRecoveryEmailRecoveryToken `json:"recoveryToken,omitzero"`
	Extra         Extra                                     `json:"-"`
}

// PasswordPolicyRecoveryEmailRecoveryToken is the lifetime of email recovery tokens.
type PasswordPolicyRecoveryEmailRecoveryToken struct {
	TokenLifetimeMinutes *int  `json:"tokenLifetimeMinutes,omitzero"`
	Extra                Extra `json:"-"`
}

// PasswordPolicyRecoveryQuestion is the recovery question factor.
type PasswordPolicyRecoveryQuestion struct {
	Properties *PasswordPolicyRecoveryQuestionProperties `json:"properties,omitzero"`
	Status     LifecycleStatus                           `json:"status,omitzero"`
	Extra      Extra                                     `json:"-"`
}

// PasswordPolicyRecoveryQuestionProperties are the properties of the recovery question factor.
type PasswordPolicyRecoveryQuestionProperties struct {
	Complexity *PasswordPolicyRecoveryQuestionComplexity `json:"complexity,omitzero"`
	Extra      Extra                                     `json:"-"`
}

// PasswordPolicyRecoveryQuestionComplexity is the complexity of recovery answers.
type PasswordPolicyRecoveryQuestionComplexity struct {
	MinLength *int  `json:"minLength,omitzero"`
	Extra     Extra `json:"-"`
}

// PasswordPolicyDelegationSettings are the delegated-authentication settings of a password policy.
type PasswordPolicyDelegationSettings struct {
	Options *PasswordPolicyDelegationSettingsOptions `json:"options,omitzero"`
	Extra   Extra                                    `json:"-"`
}

// PasswordPolicyDelegationSettingsOptions are the delegated-authentication options of a password policy.
type PasswordPolicyDelegationSettingsOptions struct {
	SkipUnlock *bool `json:"skipUnlock,omitzero"`
	Extra      Extra `json:"-"`
}

// MultifactorEnrollmentPolicySettings are the settings of an MFA enrollment policy: which authenticators users may or
// must enroll.
type MultifactorEnrollmentPolicySettings struct {
	Authenticators []MultifactorEnrollmentPolicyAuthenticatorSettings `json:"authenticators,omitzero"`
	Type           MultifactorEnrollmentPolicySettingsType            `json:"type,omitzero"`
	Extra          Extra                                              `json:"-"`
}

// MultifactorEnrollmentPolicySettingsType is the kind of MFA enrollment settings (AUTHENTICATORS; older orgs use
// FACTORS).
type MultifactorEnrollmentPolicySettingsType string

// MultifactorEnrollmentPolicySettingsType values.
const (
	MultifactorEnrollmentPolicySettingsTypeAuthenticators MultifactorEnrollmentPolicySettingsType = "AUTHENTICATORS"
	// MultifactorEnrollmentPolicySettingsTypeFactors is the settings of Classic Engine policies, and of the
	// default policy of an org migrated from Classic Engine: they configure factors (in the settings' factors
	// member, kept in Extra) rather than authenticators. It is Okta's default.
	MultifactorEnrollmentPolicySettingsTypeFactors MultifactorEnrollmentPolicySettingsType = "FACTORS"
)

// MultifactorEnrollmentPolicyAuthenticatorSettings says whether users may or must enroll one authenticator.
type MultifactorEnrollmentPolicyAuthenticatorSettings struct {
	Constraints *MultifactorEnrollmentPolicyAuthenticatorSettingsConstraints `json:"constraints,omitzero"`
	Enroll      *MultifactorEnrollmentPolicyAuthenticatorSettingsEnroll      `json:"enroll,omitzero"`
	Key         MultifactorEnrollmentPolicyAuthenticatorType                 `json:"key,omitzero"`
	// ID selects one authenticator of a key the org may have several of: custom_app, custom_otp or
	// external_idp.
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}

// MultifactorEnrollmentPolicyAuthenticatorSettingsConstraints limit the WebAuthn authenticators users may enroll.
type MultifactorEnrollmentPolicyAuthenticatorSettingsConstraints struct {
	AAGUIDGroups []string `json:"aaguidGroups,omitzero"`
	Extra        Extra    `json:"-"`
}

// MultifactorEnrollmentPolicyAuthenticatorSettingsEnroll says whether enrolling an authenticator is required,
// optional or not allowed.
type MultifactorEnrollmentPolicyAuthenticatorSettingsEnroll struct {
	Self MultifactorEnrollmentPolicyAuthenticatorStatus `json:"self,omitzero"`
	// GracePeriod is how long users may put off enrolling a REQUIRED authenticator.
	GracePeriod *EnrollmentPolicyAuthenticatorGracePeriod `json:"gracePeriod,omitzero"`
	Extra       Extra                                     `json:"-"`
}

// EnrollmentPolicyAuthenticatorGracePeriod is how long users may put off enrolling a required authenticator:
// until a date (BY_DATE_TIME, Expiry) or for a number of sign-ins (BY_SKIP_COUNT, SkipCount). Okta's current
// API description makes each kind a schema of its own (ByDateTimeAuthenticatorGracePeriodExpiry,
// BySkipCountAuthenticatorGracePeriod); this one struct holds the members of both.
type EnrollmentPolicyAuthenticatorGracePeriod struct {
	// Type is the kind of grace period.
	Type EnrollmentPolicyAuthenticatorGracePeriodType `json:"type,omitzero"`
	// Expiry is when a BY_DATE_TIME grace period ends, in Okta's format yyyy-MM-dd'T'HH:mm:ss.SSS'Z', such as
	// "2025-01-01T18:30:45.000Z". It is a string, not a time.Time, so that it is sent in exactly that format.
	Expiry string `json:"expiry,omitzero"`
	// SkipCount is how many times, 1 to 10, a user may skip the enrollment of a BY_SKIP_COUNT grace period
	// before it is mandatory.
	SkipCount int   `json:"skipCount,omitzero"`
	Extra     Extra `json:"-"`
}

// EnrollmentPolicyAuthenticatorGracePeriodType is the kind of an authenticator enrollment grace period.
type EnrollmentPolicyAuthenticatorGracePeriodType string

// EnrollmentPolicyAuthenticatorGracePeriodType values. Okta may send others; they decode as they are.
const (
	// EnrollmentPolicyAuthenticatorGracePeriodTypeByDateTime is a grace period that ends at a date and time.
	EnrollmentPolicyAuthenticatorGracePeriodTypeByDateTime EnrollmentPolicyAuthenticatorGracePeriodType = "BY_DATE_TIME"
	// EnrollmentPolicyAuthenticatorGracePeriodTypeBySkipCount is a grace period that ends after a number of
	// skipped enrollments (Early Access).
	EnrollmentPolicyAuthenticatorGracePeriodTypeBySkipCount EnrollmentPolicyAuthenticatorGracePeriodType = "BY_SKIP_COUNT"
)

// MultifactorEnrollmentPolicyAuthenticatorStatus says whether enrolling an authenticator is required, optional or not
// allowed.
type MultifactorEnrollmentPolicyAuthenticatorStatus string

// MultifactorEnrollmentPolicyAuthenticatorStatus values.
const (
	MultifactorEnrollmentPolicyAuthenticatorStatusNotAllowed MultifactorEnrollmentPolicyAuthenticatorStatus = "NOT_ALLOWED"
	MultifactorEnrollmentPolicyAuthenticatorStatusOptional   MultifactorEnrollmentPolicyAuthenticatorStatus = "OPTIONAL"
	MultifactorEnrollmentPolicyAuthenticatorStatusRequired   MultifactorEnrollmentPolicyAuthenticatorStatus = "REQUIRED"
)

// MultifactorEnrollmentPolicyAuthenticatorType is the key of an authenticator.
type MultifactorEnrollmentPolicyAuthenticatorType string

// MultifactorEnrollmentPolicyAuthenticatorType values.
const (
	MultifactorEnrollmentPolicyAuthenticatorTypeCustomApp        MultifactorEnrollmentPolicyAuthenticatorType = "custom_app"
	MultifactorEnrollmentPolicyAuthenticatorTypeCustomOTP        MultifactorEnrollmentPolicyAuthenticatorType = "custom_otp"
	MultifactorEnrollmentPolicyAuthenticatorTypeDuo              MultifactorEnrollmentPolicyAuthenticatorType = "duo"
	MultifactorEnrollmentPolicyAuthenticatorTypeExternalIdP      MultifactorEnrollmentPolicyAuthenticatorType = "external_idp"
	MultifactorEnrollmentPolicyAuthenticatorTypeGoogleOTP        MultifactorEnrollmentPolicyAuthenticatorType = "google_otp"
	MultifactorEnrollmentPolicyAuthenticatorTypeOktaEmail        MultifactorEnrollmentPolicyAuthenticatorType = "okta_email"
	MultifactorEnrollmentPolicyAuthenticatorTypeOktaPassword     MultifactorEnrollmentPolicyAuthenticatorType = "okta_password"
	MultifactorEnrollmentPolicyAuthenticatorTypeOktaVerify       MultifactorEnrollmentPolicyAuthenticatorType = "okta_verify"
	MultifactorEnrollmentPolicyAuthenticatorTypeOnpremMFA        MultifactorEnrollmentPolicyAuthenticatorType = "onprem_mfa"
	MultifactorEnrollmentPolicyAuthenticatorTypePhoneNumber      MultifactorEnrollmentPolicyAuthenticatorType = "phone_number"
	MultifactorEnrollmentPolicyAuthenticatorTypeRSAToken         MultifactorEnrollmentPolicyAuthenticatorType = "rsa_token"
	MultifactorEnrollmentPolicyAuthenticatorTypeSecurityQuestion MultifactorEnrollmentPolicyAuthenticatorType = "security_question"
	MultifactorEnrollmentPolicyAuthenticatorTypeSymantecVip      MultifactorEnrollmentPolicyAuthenticatorType = "symantec_vip"
	MultifactorEnrollmentPolicyAuthenticatorTypeWebauthn         MultifactorEnrollmentPolicyAuthenticatorType = "webauthn"
	MultifactorEnrollmentPolicyAuthenticatorTypeYubikeyToken     MultifactorEnrollmentPolicyAuthenticatorType = "yubikey_token"
)

// PolicyMapping is a resource (an app) mapped to a policy.
type PolicyMapping struct {
	ID    string `json:"id,omitzero"`
	Links Links  `json:"_links,omitzero"`
	Extra Extra  `json:"-"`
}

// CreatePolicyMappingRequest is the body of PoliciesService.CreateMapping: the resource to map to the policy.
type CreatePolicyMappingRequest struct {
	ResourceID   string                    `json:"resourceId,omitzero"`
	ResourceType PolicyMappingResourceType `json:"resourceType,omitzero"`
	Extra        Extra                     `json:"-"`
}

// PolicyMappingResourceType is the kind of resource mapped to a policy.
type PolicyMappingResourceType string

// PolicyMappingResourceType values.
const (
	PolicyMappingResourceTypeApp          PolicyMappingResourceType = "APP"
	PolicyMappingResourceTypeAccessPolicy PolicyMappingResourceType = "ACCESS_POLICY"
)

// PolicyExpand names what PoliciesService.List and Get embed in each policy's _embedded.
type PolicyExpand string

// PolicyExpand values.
const (
	// PolicyExpandRules embeds the policy's rules.
	PolicyExpandRules PolicyExpand = "rules"
)

// PolicyType values that Okta added after the Management API 5.1.0.
const (
	PolicyTypeClientUpdate              PolicyType = "CLIENT_UPDATE"
	PolicyTypeDeviceSignalCollection    PolicyType = "DEVICE_SIGNAL_COLLECTION"
	PolicyTypeSessionViolationDetection PolicyType = "SESSION_VIOLATION_DETECTION"
	PolicyTypeEntityRisk                PolicyType = "ENTITY_RISK"
	PolicyTypePostAuthSession           PolicyType = "POST_AUTH_SESSION"
)
