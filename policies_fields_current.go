package okta

// This file holds the types of the policy and rule members Okta added after the Management API 5.1.0: the
// kinds of verification method (authentication method chains, identity proofing), Keep Me Signed In, the
// session's primary factor, breached-password protection, account-link user filters and the access control of
// password recovery.

// PolicyRuleVerificationMethodType is the kind of a VerificationMethod.
type PolicyRuleVerificationMethodType string

// PolicyRuleVerificationMethodType values. Okta may send others; they decode as they are.
const (
	// PolicyRuleVerificationMethodTypeAssurance verifies with authenticators that meet constraints.
	PolicyRuleVerificationMethodTypeAssurance PolicyRuleVerificationMethodType = "ASSURANCE"
	// PolicyRuleVerificationMethodTypeAuthMethodChain verifies with chains of authentication methods.
	PolicyRuleVerificationMethodTypeAuthMethodChain PolicyRuleVerificationMethodType = "AUTH_METHOD_CHAIN"
	// PolicyRuleVerificationMethodTypeIDProofing verifies the user's identity with an identity verification
	// provider.
	PolicyRuleVerificationMethodTypeIDProofing PolicyRuleVerificationMethodType = "ID_PROOFING"
)

// AuthenticationMethodChain is one chain of an AUTH_METHOD_CHAIN verification method: the user verifies with
// one of AuthenticationMethods, then with the chain in Next, if any.
type AuthenticationMethodChain struct {
	AuthenticationMethods []AuthenticationMethod `json:"authenticationMethods,omitzero"`
	// Next is the chain's next step; Okta takes at most one.
	Next []AuthenticationMethodChain `json:"next,omitzero"`
	// ReauthenticateIn is how often the user must verify with this chain, an ISO 8601 duration such as "PT2H30M".
	// It cannot be set together with the verification method's ReauthenticateIn.
	ReauthenticateIn string `json:"reauthenticateIn,omitzero"`
	Extra            Extra  `json:"-"`
}

// AuthenticationMethod is an authenticator (by key and, optionally, ID) and the method to use it with, as a step
// of an AuthenticationMethodChain, with the properties the method must have.
type AuthenticationMethod struct {
	// Key identifies the authenticator (okta_verify, okta_email, ...).
	Key string `json:"key,omitzero"`
	// Method is the authenticator's method (push, otp, ...).
	Method string `json:"method,omitzero"`
	// ID is the authenticator's ID.
	ID string `json:"id,omitzero"`
	// HardwareProtection says whether keys must be hardware protected (possession methods only).
	HardwareProtection Requirement `json:"hardwareProtection,omitzero"`
	// PhishingResistant says whether the method must be phishing resistant (possession methods only).
	PhishingResistant Requirement `json:"phishingResistant,omitzero"`
	// UserVerification says whether the user must be verified (PIN or biometrics).
	UserVerification Requirement `json:"userVerification,omitzero"`
	// UserVerificationMethods are the methods that may verify the user, with UserVerification REQUIRED.
	UserVerificationMethods []UserVerificationMethod `json:"userVerificationMethods,omitzero"`
	Extra                   Extra                    `json:"-"`
}

// UserVerificationMethod is a way an authenticator verifies its user.
type UserVerificationMethod string

// UserVerificationMethod values. Okta may send others; they decode as they are.
const (
	// UserVerificationMethodBiometrics verifies the user with biometrics.
	UserVerificationMethodBiometrics UserVerificationMethod = "BIOMETRICS"
	// UserVerificationMethodPIN verifies the user with a PIN.
	UserVerificationMethodPIN UserVerificationMethod = "PIN"
)

// KeepMeSignedIn says whether and how often an app sign-in rule offers the post-authentication Keep Me Signed In
// prompt.
type KeepMeSignedIn struct {
	PostAuth KeepMeSignedInPostAuth `json:"postAuth,omitzero"`
	// PostAuthPromptFrequency is how often the prompt is shown, when allowed (Okta's default P30D).
	PostAuthPromptFrequency TimeDuration `json:"postAuthPromptFrequency,omitzero"`
	Extra                   Extra        `json:"-"`
}

// KeepMeSignedInPostAuth says whether the post-authentication Keep Me Signed In flow is allowed.
type KeepMeSignedInPostAuth string

// KeepMeSignedInPostAuth values. Okta may send others; they decode as they are.
const (
	// KeepMeSignedInPostAuthAllowed allows the post-authentication prompt.
	KeepMeSignedInPostAuthAllowed KeepMeSignedInPostAuth = "ALLOWED"
	// KeepMeSignedInPostAuthNotAllowed does not show it.
	KeepMeSignedInPostAuthNotAllowed KeepMeSignedInPostAuth = "NOT_ALLOWED"
)

// OktaSignOnPolicyRuleSignonPrimaryFactor is the factor that establishes an Okta session under a global session
// policy rule.
type OktaSignOnPolicyRuleSignonPrimaryFactor string

// OktaSignOnPolicyRuleSignonPrimaryFactor values. Okta may send others; they decode as they are.
const (
	// OktaSignOnPolicyRuleSignonPrimaryFactorPasswordIdP requires a password (or an identity provider).
	OktaSignOnPolicyRuleSignonPrimaryFactorPasswordIdP OktaSignOnPolicyRuleSignonPrimaryFactor = "PASSWORD_IDP"
	// OktaSignOnPolicyRuleSignonPrimaryFactorPasswordIdPAnyFactor lets users establish the session with any
	// factor the app sign-in policy requires.
	OktaSignOnPolicyRuleSignonPrimaryFactorPasswordIdPAnyFactor OktaSignOnPolicyRuleSignonPrimaryFactor = "PASSWORD_IDP_ANY_FACTOR"
)

// PasswordPolicyPasswordSettingsBreachedProtection says what Okta does when a user's password is found in a
// breach during sign-in. Okta sends null for the members that are not set; they come back as null.
type PasswordPolicyPasswordSettingsBreachedProtection struct {
	// DelegatedWorkflowID is the ID of the Okta Workflows flow to run.
	DelegatedWorkflowID string `json:"delegatedWorkflowId,omitzero"`
	// ExpireAfterDays is after how many days, 0 to 10, the password expires; 0 expires it at once.
	ExpireAfterDays *int `json:"expireAfterDays,omitzero"`
	// LogoutEnabled ends the user's sessions the first time the breach is detected; it needs ExpireAfterDays.
	LogoutEnabled *bool `json:"logoutEnabled,omitzero"`
	Extra         Extra `json:"-"`
}

// PolicyAccountLinkFilterUsers keeps users from being linked to an identity provider's users.
type PolicyAccountLinkFilterUsers struct {
	// Exclude are the IDs of the users never linked.
	Exclude []string `json:"exclude,omitzero"`
	// ExcludeAdmins keeps admins from being linked.
	ExcludeAdmins *bool `json:"excludeAdmins,omitzero"`
	Extra         Extra `json:"-"`
}

// SsprRequirementAccessControl says what decides the authentication a user needs to reset a password.
type SsprRequirementAccessControl string

// SsprRequirementAccessControl values. Okta may send others; they decode as they are.
const (
	// SsprRequirementAccessControlAuthPolicy defers to the Okta account management policy.
	SsprRequirementAccessControlAuthPolicy SsprRequirementAccessControl = "AUTH_POLICY"
	// SsprRequirementAccessControlLegacy uses the requirements of the password policy rule.
	SsprRequirementAccessControlLegacy SsprRequirementAccessControl = "LEGACY"
)
