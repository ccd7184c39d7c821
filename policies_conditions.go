package okta

// PolicyRuleConditions are the conditions of an access, MFA enrollment or profile enrollment policy, and of a profile
// enrollment rule: who, from where and with what the policy applies to. Each condition is optional; only the ones set
// are sent.
type PolicyRuleConditions struct {
	App                   *AppAndInstancePolicyRuleCondition             `json:"app,omitzero"`
	Apps                  *AppInstancePolicyRuleCondition                `json:"apps,omitzero"`
	AuthContext           *PolicyRuleAuthContextCondition                `json:"authContext,omitzero"`
	AuthProvider          *PasswordPolicyAuthenticationProviderCondition `json:"authProvider,omitzero"`
	BeforeScheduledAction *BeforeScheduledActionPolicyRuleCondition      `json:"beforeScheduledAction,omitzero"`
	Clients               *ClientPolicyCondition                         `json:"clients,omitzero"`
	Context               *ContextPolicyRuleCondition                    `json:"context,omitzero"`
	Device                *DevicePolicyRuleCondition                     `json:"device,omitzero"`
	GrantTypes            *GrantTypePolicyRuleCondition                  `json:"grantTypes,omitzero"`
	Groups                *GroupPolicyRuleCondition                      `json:"groups,omitzero"`
	IdentityProvider      *IdentityProviderPolicyRuleCondition           `json:"identityProvider,omitzero"`
	MDMEnrollment         *MDMEnrollmentPolicyRuleCondition              `json:"mdmEnrollment,omitzero"`
	Network               *PolicyNetworkCondition                        `json:"network,omitzero"`
	People                *PolicyPeopleCondition                         `json:"people,omitzero"`
	Platform              *PlatformPolicyRuleCondition                   `json:"platform,omitzero"`
	Risk                  *RiskPolicyRuleCondition                       `json:"risk,omitzero"`
	RiskScore             *RiskScorePolicyRuleCondition                  `json:"riskScore,omitzero"`
	Scopes                *OAuth2ScopesMediationPolicyRuleCondition      `json:"scopes,omitzero"`
	UserIdentifier        *UserIdentifierPolicyRuleCondition             `json:"userIdentifier,omitzero"`
	Users                 *UserPolicyRuleCondition                       `json:"users,omitzero"`
	UserStatus            *UserStatusPolicyRuleCondition                 `json:"userStatus,omitzero"`
	Extra                 Extra                                          `json:"-"`
}

// OktaSignOnPolicyConditions are the conditions of an Okta sign-on (global session) policy; in practice Okta uses
// People.Groups.
type OktaSignOnPolicyConditions struct {
	App                   *AppAndInstancePolicyRuleCondition             `json:"app,omitzero"`
	Apps                  *AppInstancePolicyRuleCondition                `json:"apps,omitzero"`
	AuthContext           *PolicyRuleAuthContextCondition                `json:"authContext,omitzero"`
	AuthProvider          *PasswordPolicyAuthenticationProviderCondition `json:"authProvider,omitzero"`
	BeforeScheduledAction *BeforeScheduledActionPolicyRuleCondition      `json:"beforeScheduledAction,omitzero"`
	Clients               *ClientPolicyCondition                         `json:"clients,omitzero"`
	Context               *ContextPolicyRuleCondition                    `json:"context,omitzero"`
	Device                *DevicePolicyRuleCondition                     `json:"device,omitzero"`
	GrantTypes            *GrantTypePolicyRuleCondition                  `json:"grantTypes,omitzero"`
	Groups                *GroupPolicyRuleCondition                      `json:"groups,omitzero"`
	IdentityProvider      *IdentityProviderPolicyRuleCondition           `json:"identityProvider,omitzero"`
	MDMEnrollment         *MDMEnrollmentPolicyRuleCondition              `json:"mdmEnrollment,omitzero"`
	Network               *PolicyNetworkCondition                        `json:"network,omitzero"`
	People                *PolicyPeopleCondition                         `json:"people,omitzero"`
	Platform              *PlatformPolicyRuleCondition                   `json:"platform,omitzero"`
	Risk                  *RiskPolicyRuleCondition                       `json:"risk,omitzero"`
	RiskScore             *RiskScorePolicyRuleCondition                  `json:"riskScore,omitzero"`
	Scopes                *OAuth2ScopesMediationPolicyRuleCondition      `json:"scopes,omitzero"`
	UserIdentifier        *UserIdentifierPolicyRuleCondition             `json:"userIdentifier,omitzero"`
	Users                 *UserPolicyRuleCondition                       `json:"users,omitzero"`
	UserStatus            *UserStatusPolicyRuleCondition                 `json:"userStatus,omitzero"`
	Extra                 Extra                                          `json:"-"`
}

// PasswordPolicyConditions are the conditions of a password policy: the groups it applies to and the authentication
// provider of the users.
type PasswordPolicyConditions struct {
	App                   *AppAndInstancePolicyRuleCondition             `json:"app,omitzero"`
	Apps                  *AppInstancePolicyRuleCondition                `json:"apps,omitzero"`
	AuthContext           *PolicyRuleAuthContextCondition                `json:"authContext,omitzero"`
	AuthProvider          *PasswordPolicyAuthenticationProviderCondition `json:"authProvider,omitzero"`
	BeforeScheduledAction *BeforeScheduledActionPolicyRuleCondition      `json:"beforeScheduledAction,omitzero"`
	Clients               *ClientPolicyCondition                         `json:"clients,omitzero"`
	Context               *ContextPolicyRuleCondition                    `json:"context,omitzero"`
	Device                *DevicePolicyRuleCondition                     `json:"device,omitzero"`
	GrantTypes            *GrantTypePolicyRuleCondition                  `json:"grantTypes,omitzero"`
	Groups                *GroupPolicyRuleCondition                      `json:"groups,omitzero"`
	IdentityProvider      *IdentityProviderPolicyRuleCondition           `json:"identityProvider,omitzero"`
	MDMEnrollment         *MDMEnrollmentPolicyRuleCondition              `json:"mdmEnrollment,omitzero"`
	Network               *PolicyNetworkCondition                        `json:"network,omitzero"`
	People                *PolicyPeopleCondition                         `json:"people,omitzero"`
	Platform              *PlatformPolicyRuleCondition                   `json:"platform,omitzero"`
	Risk                  *RiskPolicyRuleCondition                       `json:"risk,omitzero"`
	RiskScore             *RiskScorePolicyRuleCondition                  `json:"riskScore,omitzero"`
	Scopes                *OAuth2ScopesMediationPolicyRuleCondition      `json:"scopes,omitzero"`
	UserIdentifier        *UserIdentifierPolicyRuleCondition             `json:"userIdentifier,omitzero"`
	Users                 *UserPolicyRuleCondition                       `json:"users,omitzero"`
	UserStatus            *UserStatusPolicyRuleCondition                 `json:"userStatus,omitzero"`
	Extra                 Extra                                          `json:"-"`
}

// AccessPolicyRuleConditions are the conditions of an access (authentication) policy rule.
type AccessPolicyRuleConditions struct {
	App                   *AppAndInstancePolicyRuleCondition             `json:"app,omitzero"`
	Apps                  *AppInstancePolicyRuleCondition                `json:"apps,omitzero"`
	AuthContext           *PolicyRuleAuthContextCondition                `json:"authContext,omitzero"`
	AuthProvider          *PasswordPolicyAuthenticationProviderCondition `json:"authProvider,omitzero"`
	BeforeScheduledAction *BeforeScheduledActionPolicyRuleCondition      `json:"beforeScheduledAction,omitzero"`
	Clients               *ClientPolicyCondition                         `json:"clients,omitzero"`
	Context               *ContextPolicyRuleCondition                    `json:"context,omitzero"`
	Device                *DeviceAccessPolicyRuleCondition               `json:"device,omitzero"`
	GrantTypes            *GrantTypePolicyRuleCondition                  `json:"grantTypes,omitzero"`
	Groups                *GroupPolicyRuleCondition                      `json:"groups,omitzero"`
	IdentityProvider      *IdentityProviderPolicyRuleCondition           `json:"identityProvider,omitzero"`
	MDMEnrollment         *MDMEnrollmentPolicyRuleCondition              `json:"mdmEnrollment,omitzero"`
	Network               *PolicyNetworkCondition                        `json:"network,omitzero"`
	People                *PolicyPeopleCondition                         `json:"people,omitzero"`
	Platform              *PlatformPolicyRuleCondition                   `json:"platform,omitzero"`
	Risk                  *RiskPolicyRuleCondition                       `json:"risk,omitzero"`
	RiskScore             *RiskScorePolicyRuleCondition                  `json:"riskScore,omitzero"`
	Scopes                *OAuth2ScopesMediationPolicyRuleCondition      `json:"scopes,omitzero"`
	UserIdentifier        *UserIdentifierPolicyRuleCondition             `json:"userIdentifier,omitzero"`
	Users                 *UserPolicyRuleCondition                       `json:"users,omitzero"`
	UserStatus            *UserStatusPolicyRuleCondition                 `json:"userStatus,omitzero"`
	ELCondition           *AccessPolicyRuleCustomCondition               `json:"elCondition,omitzero"`
	UserType              *UserTypeCondition                             `json:"userType,omitzero"`
	Extra                 Extra                                          `json:"-"`
}

// OktaSignOnPolicyRuleConditions are the conditions of an Okta sign-on policy rule: people, network zones and the
// authentication context.
type OktaSignOnPolicyRuleConditions struct {
	App                   *AppAndInstancePolicyRuleCondition             `json:"app,omitzero"`
	Apps                  *AppInstancePolicyRuleCondition                `json:"apps,omitzero"`
	AuthContext           *PolicyRuleAuthContextCondition                `json:"authContext,omitzero"`
	AuthProvider          *PasswordPolicyAuthenticationProviderCondition `json:"authProvider,omitzero"`
	BeforeScheduledAction *BeforeScheduledActionPolicyRuleCondition      `json:"beforeScheduledAction,omitzero"`
	Clients               *ClientPolicyCondition                         `json:"clients,omitzero"`
	Context               *ContextPolicyRuleCondition                    `json:"context,omitzero"`
	Device                *DevicePolicyRuleCondition                     `json:"device,omitzero"`
	GrantTypes            *GrantTypePolicyRuleCondition                  `json:"grantTypes,omitzero"`
	Groups                *GroupPolicyRuleCondition                      `json:"groups,omitzero"`
	IdentityProvider      *IdentityProviderPolicyRuleCondition           `json:"identityProvider,omitzero"`
	MDMEnrollment         *MDMEnrollmentPolicyRuleCondition              `json:"mdmEnrollment,omitzero"`
	Network               *PolicyNetworkCondition                        `json:"network,omitzero"`
	People                *PolicyPeopleCondition                         `json:"people,omitzero"`
	Platform              *PlatformPolicyRuleCondition                   `json:"platform,omitzero"`
	Risk                  *RiskPolicyRuleCondition                       `json:"risk,omitzero"`
	RiskScore             *RiskScorePolicyRuleCondition                  `json:"riskScore,omitzero"`
	Scopes                *OAuth2ScopesMediationPolicyRuleCondition      `json:"scopes,omitzero"`
	UserIdentifier        *UserIdentifierPolicyRuleCondition             `json:"userIdentifier,omitzero"`
	Users                 *UserPolicyRuleCondition                       `json:"users,omitzero"`
	UserStatus            *UserStatusPolicyRuleCondition                 `json:"userStatus,omitzero"`
	Extra                 Extra                                          `json:"-"`
}

// PasswordPolicyRuleConditions are the conditions of a password policy rule: people and network zones.
type PasswordPolicyRuleConditions struct {
	App                   *AppAndInstancePolicyRuleCondition             `json:"app,omitzero"`
	Apps                  *AppInstancePolicyRuleCondition                `json:"apps,omitzero"`
	AuthContext           *PolicyRuleAuthContextCondition                `json:"authContext,omitzero"`
	AuthProvider          *PasswordPolicyAuthenticationProviderCondition `json:"authProvider,omitzero"`
	BeforeScheduledAction *BeforeScheduledActionPolicyRuleCondition      `json:"beforeScheduledAction,omitzero"`
	Clients               *ClientPolicyCondition                         `json:"clients,omitzero"`
	Context               *ContextPolicyRuleCondition                    `json:"context,omitzero"`
	Device                *DevicePolicyRuleCondition                     `json:"device,omitzero"`
	GrantTypes            *GrantTypePolicyRuleCondition                  `json:"grantTypes,omitzero"`
	Groups                *GroupPolicyRuleCondition                      `json:"groups,omitzero"`
	IdentityProvider      *IdentityProviderPolicyRuleCondition           `json:"identityProvider,omitzero"`
	MDMEnrollment         *MDMEnrollmentPolicyRuleCondition              `json:"mdmEnrollment,omitzero"`
	Network               *PolicyNetworkCondition                        `json:"network,omitzero"`
	People                *PolicyPeopleCondition                         `json:"people,omitzero"`
	Platform              *PlatformPolicyRuleCondition                   `json:"platform,omitzero"`
	Risk                  *RiskPolicyRuleCondition                       `json:"risk,omitzero"`
	RiskScore             *RiskScorePolicyRuleCondition                  `json:"riskScore,omitzero"`
	Scopes                *OAuth2ScopesMediationPolicyRuleCondition      `json:"scopes,omitzero"`
	UserIdentifier        *UserIdentifierPolicyRuleCondition             `json:"userIdentifier,omitzero"`
	Users                 *UserPolicyRuleCondition                       `json:"users,omitzero"`
	UserStatus            *UserStatusPolicyRuleCondition                 `json:"userStatus,omitzero"`
	Extra                 Extra                                          `json:"-"`
}

// AuthorizationServerPolicyRuleConditions are the conditions of an authorization server policy rule: people, grant
// types and scopes.
type AuthorizationServerPolicyRuleConditions struct {
	App                   *AppAndInstancePolicyRuleCondition             `json:"app,omitzero"`
	Apps                  *AppInstancePolicyRuleCondition                `json:"apps,omitzero"`
	AuthContext           *PolicyRuleAuthContextCondition                `json:"authContext,omitzero"`
	AuthProvider          *PasswordPolicyAuthenticationProviderCondition `json:"authProvider,omitzero"`
	BeforeScheduledAction *BeforeScheduledActionPolicyRuleCondition      `json:"beforeScheduledAction,omitzero"`
	Clients               *ClientPolicyCondition                         `json:"clients,omitzero"`
	Context               *ContextPolicyRuleCondition                    `json:"context,omitzero"`
	Device                *DevicePolicyRuleCondition                     `json:"device,omitzero"`
	GrantTypes            *GrantTypePolicyRuleCondition                  `json:"grantTypes,omitzero"`
	Groups                *GroupPolicyRuleCondition                      `json:"groups,omitzero"`
	IdentityProvider      *IdentityProviderPolicyRuleCondition           `json:"identityProvider,omitzero"`
	MDMEnrollment         *MDMEnrollmentPolicyRuleCondition              `json:"mdmEnrollment,omitzero"`
	Network               *PolicyNetworkCondition                        `json:"network,omitzero"`
	People                *PolicyPeopleCondition                         `json:"people,omitzero"`
	Platform              *PlatformPolicyRuleCondition                   `json:"platform,omitzero"`
	Risk                  *RiskPolicyRuleCondition                       `json:"risk,omitzero"`
	RiskScore             *RiskScorePolicyRuleCondition                  `json:"riskScore,omitzero"`
	Scopes                *OAuth2ScopesMediationPolicyRuleCondition      `json:"scopes,omitzero"`
	UserIdentifier        *UserIdentifierPolicyRuleCondition             `json:"userIdentifier,omitzero"`
	Users                 *UserPolicyRuleCondition                       `json:"users,omitzero"`
	UserStatus            *UserStatusPolicyRuleCondition                 `json:"userStatus,omitzero"`
	Extra                 Extra                                          `json:"-"`
}

// IdPDiscoveryPolicyRuleCondition are the conditions of an IdP discovery (routing) rule: app, network, user
// identifier and platform.
type IdPDiscoveryPolicyRuleCondition struct {
	App            *AppAndInstancePolicyRuleCondition `json:"app,omitzero"`
	Network        *PolicyNetworkCondition            `json:"network,omitzero"`
	UserIdentifier *UserIdentifierPolicyRuleCondition `json:"userIdentifier,omitzero"`
	Platform       *PlatformPolicyRuleCondition       `json:"platform,omitzero"`
	Extra          Extra                              `json:"-"`
}

// AppAndInstancePolicyRuleCondition selects the apps (instances or app types) a rule applies to.
type AppAndInstancePolicyRuleCondition struct {
	Exclude []AppAndInstanceConditionEvaluatorAppOrInstance `json:"exclude,omitzero"`
	Include []AppAndInstanceConditionEvaluatorAppOrInstance `json:"include,omitzero"`
	Extra   Extra                                           `json:"-"`
}

// AppAndInstanceConditionEvaluatorAppOrInstance names one app instance (Type APP, by ID) or app type (Type APP_TYPE,
// by Name).
type AppAndInstanceConditionEvaluatorAppOrInstance struct {
	// ID of the app.
	ID string `json:"id,omitzero"`
	// Name of the app type.
	Name  string             `json:"name,omitzero"`
	Type  AppAndInstanceType `json:"type,omitzero"`
	Extra Extra              `json:"-"`
}

// AppAndInstanceType says whether an app condition names an app instance or an app type.
type AppAndInstanceType string

// AppAndInstanceType values.
const (
	AppAndInstanceTypeApp     AppAndInstanceType = "APP"
	AppAndInstanceTypeAppType AppAndInstanceType = "APP_TYPE"
)

// AppInstancePolicyRuleCondition selects app instances by ID.
type AppInstancePolicyRuleCondition struct {
	Exclude []string `json:"exclude,omitzero"`
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// PolicyRuleAuthContextCondition selects the authentication context (any, or RADIUS) a sign-on rule applies to.
type PolicyRuleAuthContextCondition struct {
	AuthType PolicyRuleAuthContextType `json:"authType,omitzero"`
	Extra    Extra                     `json:"-"`
}

// PolicyRuleAuthContextType is the authentication context of a sign-on rule.
type PolicyRuleAuthContextType string

// PolicyRuleAuthContextType values.
const (
	PolicyRuleAuthContextTypeAny           PolicyRuleAuthContextType = "ANY"
	PolicyRuleAuthContextTypeRadius        PolicyRuleAuthContextType = "RADIUS"
	PolicyRuleAuthContextTypeLDAPInterface PolicyRuleAuthContextType = "LDAP_INTERFACE"
)

// PasswordPolicyAuthenticationProviderCondition selects users by where their password lives (Okta, Active Directory,
// LDAP).
type PasswordPolicyAuthenticationProviderCondition struct {
	Include  []string                                 `json:"include,omitzero"`
	Provider PasswordPolicyAuthenticationProviderType `json:"provider,omitzero"`
	Extra    Extra                                    `json:"-"`
}

// PasswordPolicyAuthenticationProviderType is the authentication provider of a password policy.
type PasswordPolicyAuthenticationProviderType string

// PasswordPolicyAuthenticationProviderType values.
const (
	PasswordPolicyAuthenticationProviderTypeActiveDirectory PasswordPolicyAuthenticationProviderType = "ACTIVE_DIRECTORY"
	PasswordPolicyAuthenticationProviderTypeAny             PasswordPolicyAuthenticationProviderType = "ANY"
	PasswordPolicyAuthenticationProviderTypeLDAP            PasswordPolicyAuthenticationProviderType = "LDAP"
	PasswordPolicyAuthenticationProviderTypeOkta            PasswordPolicyAuthenticationProviderType = "OKTA"
)

// BeforeScheduledActionPolicyRuleCondition selects users a duration before a scheduled lifecycle action.
type BeforeScheduledActionPolicyRuleCondition struct {
	Duration        *Duration                     `json:"duration,omitzero"`
	LifecycleAction *ScheduledUserLifecycleAction `json:"lifecycleAction,omitzero"`
	Extra           Extra                         `json:"-"`
}

// Duration is a number of units (for example 30 DAYS).
type Duration struct {
	Number *int   `json:"number,omitzero"`
	Unit   string `json:"unit,omitzero"`
	Extra  Extra  `json:"-"`
}

// ScheduledUserLifecycleAction is the user status a scheduled lifecycle action moves a user to.
type ScheduledUserLifecycleAction struct {
	Status PolicyUserStatus `json:"status,omitzero"`
	Extra  Extra            `json:"-"`
}

// PolicyUserStatus is a user status as policy conditions name it.
type PolicyUserStatus string

// PolicyUserStatus values.
const (
	PolicyUserStatusActivating      PolicyUserStatus = "ACTIVATING"
	PolicyUserStatusActive          PolicyUserStatus = "ACTIVE"
	PolicyUserStatusDeleted         PolicyUserStatus = "DELETED"
	PolicyUserStatusDeleting        PolicyUserStatus = "DELETING"
	PolicyUserStatusExpiredPassword PolicyUserStatus = "EXPIRED_PASSWORD"
	PolicyUserStatusInactive        PolicyUserStatus = "INACTIVE"
	PolicyUserStatusPending         PolicyUserStatus = "PENDING"
	PolicyUserStatusSuspended       PolicyUserStatus = "SUSPENDED"
)

// ClientPolicyCondition selects the OAuth 2.0 clients a rule applies to.
type ClientPolicyCondition struct {
	// Which clients are included in the Policy.
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// ContextPolicyRuleCondition is a device context condition with an Okta Expression Language expression.
type ContextPolicyRuleCondition struct {
	Migrated   *bool                              `json:"migrated,omitzero"`
	Platform   *DevicePolicyRuleConditionPlatform `json:"platform,omitzero"`
	Rooted     *bool                              `json:"rooted,omitzero"`
	TrustLevel DevicePolicyTrustLevel             `json:"trustLevel,omitzero"`
	Expression string                             `json:"expression,omitzero"`
	Extra      Extra                              `json:"-"`
}

// DevicePolicyRuleCondition selects devices by platform, trust level and state.
type DevicePolicyRuleCondition struct {
	Migrated   *bool                              `json:"migrated,omitzero"`
	Platform   *DevicePolicyRuleConditionPlatform `json:"platform,omitzero"`
	Rooted     *bool                              `json:"rooted,omitzero"`
	TrustLevel DevicePolicyTrustLevel             `json:"trustLevel,omitzero"`
	Extra      Extra                              `json:"-"`
}

// DevicePolicyRuleConditionPlatform selects device platforms and MDM frameworks.
type DevicePolicyRuleConditionPlatform struct {
	SupportedMDMFrameworks []DevicePolicyMDMFramework `json:"supportedMDMFrameworks,omitzero"`
	Types                  []DevicePolicyPlatformType `json:"types,omitzero"`
	Extra                  Extra                      `json:"-"`
}

// DevicePolicyMDMFramework is an MDM framework.
type DevicePolicyMDMFramework string

// DevicePolicyMDMFramework values.
const (
	DevicePolicyMDMFrameworkAFW    DevicePolicyMDMFramework = "AFW"
	DevicePolicyMDMFrameworkNative DevicePolicyMDMFramework = "NATIVE"
	DevicePolicyMDMFrameworkSafe   DevicePolicyMDMFramework = "SAFE"
)

// DevicePolicyPlatformType is a device platform.
type DevicePolicyPlatformType string

// DevicePolicyPlatformType values.
const (
	DevicePolicyPlatformTypeAndroid DevicePolicyPlatformType = "ANDROID"
	DevicePolicyPlatformTypeIOS     DevicePolicyPlatformType = "IOS"
	DevicePolicyPlatformTypeOSX     DevicePolicyPlatformType = "OSX"
	DevicePolicyPlatformTypeWindows DevicePolicyPlatformType = "WINDOWS"
)

// DevicePolicyTrustLevel is the trust level a device condition requires.
type DevicePolicyTrustLevel string

// DevicePolicyTrustLevel values.
const (
	DevicePolicyTrustLevelAny     DevicePolicyTrustLevel = "ANY"
	DevicePolicyTrustLevelTrusted DevicePolicyTrustLevel = "TRUSTED"
)

// DeviceAccessPolicyRuleCondition selects devices in an access policy rule: registered, managed, and the device
// assurance policies they meet.
type DeviceAccessPolicyRuleCondition struct {
	Migrated   *bool                               `json:"migrated,omitzero"`
	Platform   *DevicePolicyRuleConditionPlatform  `json:"platform,omitzero"`
	Rooted     *bool                               `json:"rooted,omitzero"`
	TrustLevel DevicePolicyTrustLevel              `json:"trustLevel,omitzero"`
	Managed    *bool                               `json:"managed,omitzero"`
	Registered *bool                               `json:"registered,omitzero"`
	Assurance  *DevicePolicyRuleConditionAssurance `json:"assurance,omitzero"`
	Extra      Extra                               `json:"-"`
}

// DevicePolicyRuleConditionAssurance names the device assurance policies a device must meet.
type DevicePolicyRuleConditionAssurance struct {
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// GrantTypePolicyRuleCondition selects the OAuth 2.0 grant types a rule applies to.
type GrantTypePolicyRuleCondition struct {
	// Array of grant types that this condition includes.
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// GroupPolicyRuleCondition selects users by the groups they belong to.
type GroupPolicyRuleCondition struct {
	// Groups to be excluded.
	Exclude []string `json:"exclude,omitzero"`
	// Groups to be included.
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// GroupCondition specifies the groups whose users are included or excluded.
type GroupCondition struct {
	// Groups to be excluded.
	Exclude []string `json:"exclude,omitzero"`
	// Groups to be included.
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// UserCondition specifies the users included or excluded.
type UserCondition struct {
	// Users to be excluded.
	Exclude []string `json:"exclude,omitzero"`
	// Users to be included.
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// IdentityProviderPolicyRuleCondition selects users by the identity provider they signed in with.
type IdentityProviderPolicyRuleCondition struct {
	IdPIDs   []string                       `json:"idpIds,omitzero"`
	Provider IdentityProviderPolicyProvider `json:"provider,omitzero"`
	Extra    Extra                          `json:"-"`
}

// IdentityProviderPolicyProvider says which identity providers an identity provider condition accepts.
type IdentityProviderPolicyProvider string

// IdentityProviderPolicyProvider values.
const (
	IdentityProviderPolicyProviderAny         IdentityProviderPolicyProvider = "ANY"
	IdentityProviderPolicyProviderOkta        IdentityProviderPolicyProvider = "OKTA"
	IdentityProviderPolicyProviderSpecificIdP IdentityProviderPolicyProvider = "SPECIFIC_IDP"
)

// MDMEnrollmentPolicyRuleCondition selects devices by MDM enrollment.
type MDMEnrollmentPolicyRuleCondition struct {
	BlockNonSafeAndroid *bool                         `json:"blockNonSafeAndroid,omitzero"`
	Enrollment          MDMEnrollmentPolicyEnrollment `json:"enrollment,omitzero"`
	Extra               Extra                         `json:"-"`
}

// MDMEnrollmentPolicyEnrollment is the MDM enrollment a condition requires.
type MDMEnrollmentPolicyEnrollment string

// MDMEnrollmentPolicyEnrollment values.
const (
	MDMEnrollmentPolicyEnrollmentAnyOrNone MDMEnrollmentPolicyEnrollment = "ANY_OR_NONE"
	MDMEnrollmentPolicyEnrollmentOMM       MDMEnrollmentPolicyEnrollment = "OMM"
)

// PolicyNetworkCondition selects the network zones a policy or rule applies to.
type PolicyNetworkCondition struct {
	Connection PolicyNetworkConnection `json:"connection,omitzero"`
	Exclude    []string                `json:"exclude,omitzero"`
	Include    []string                `json:"include,omitzero"`
	Extra      Extra                   `json:"-"`
}

// PolicyNetworkConnection says whether a network condition applies anywhere or to zones.
type PolicyNetworkConnection string

// PolicyNetworkConnection values.
const (
	PolicyNetworkConnectionAnywhere PolicyNetworkConnection = "ANYWHERE"
	PolicyNetworkConnectionZone     PolicyNetworkConnection = "ZONE"
)

// PolicyPeopleCondition selects the users and groups a policy or rule applies to.
type PolicyPeopleCondition struct {
	Groups *GroupCondition `json:"groups,omitzero"`
	Users  *UserCondition  `json:"users,omitzero"`
	Extra  Extra           `json:"-"`
}

// PlatformPolicyRuleCondition selects the platforms (device type and operating system) a rule applies to.
type PlatformPolicyRuleCondition struct {
	Exclude []PlatformConditionEvaluatorPlatform `json:"exclude,omitzero"`
	Include []PlatformConditionEvaluatorPlatform `json:"include,omitzero"`
	Extra   Extra                                `json:"-"`
}

// PlatformConditionEvaluatorPlatform is one platform of a platform condition.
type PlatformConditionEvaluatorPlatform struct {
	OS    *PlatformConditionEvaluatorPlatformOperatingSystem `json:"os,omitzero"`
	Type  PolicyPlatformType                                 `json:"type,omitzero"`
	Extra Extra                                              `json:"-"`
}

// PlatformConditionEvaluatorPlatformOperatingSystem is the operating system of a platform condition.
type PlatformConditionEvaluatorPlatformOperatingSystem struct {
	Expression string                                                    `json:"expression,omitzero"`
	Type       PolicyPlatformOperatingSystemType                         `json:"type,omitzero"`
	Version    *PlatformConditionEvaluatorPlatformOperatingSystemVersion `json:"version,omitzero"`
	Extra      Extra                                                     `json:"-"`
}

// PlatformConditionEvaluatorPlatformOperatingSystemVersion is the operating system version of a platform condition.
type PlatformConditionEvaluatorPlatformOperatingSystemVersion struct {
	MatchType PlatformConditionOperatingSystemVersionMatchType `json:"matchType,omitzero"`
	Value     string                                           `json:"value,omitzero"`
	Extra     Extra                                            `json:"-"`
}

// PlatformConditionOperatingSystemVersionMatchType says how an operating system version is matched.
type PlatformConditionOperatingSystemVersionMatchType string

// PlatformConditionOperatingSystemVersionMatchType values.
const (
	PlatformConditionOperatingSystemVersionMatchTypeExpression PlatformConditionOperatingSystemVersionMatchType = "EXPRESSION"
	PlatformConditionOperatingSystemVersionMatchTypeSemver     PlatformConditionOperatingSystemVersionMatchType = "SEMVER"
)

// PolicyPlatformType is a kind of platform.
type PolicyPlatformType string

// PolicyPlatformType values.
const (
	PolicyPlatformTypeAny     PolicyPlatformType = "ANY"
	PolicyPlatformTypeDesktop PolicyPlatformType = "DESKTOP"
	PolicyPlatformTypeMobile  PolicyPlatformType = "MOBILE"
	PolicyPlatformTypeOther   PolicyPlatformType = "OTHER"
)

// PolicyPlatformOperatingSystemType is an operating system.
type PolicyPlatformOperatingSystemType string

// PolicyPlatformOperatingSystemType values.
const (
	PolicyPlatformOperatingSystemTypeAndroid  PolicyPlatformOperatingSystemType = "ANDROID"
	PolicyPlatformOperatingSystemTypeAny      PolicyPlatformOperatingSystemType = "ANY"
	PolicyPlatformOperatingSystemTypeIOS      PolicyPlatformOperatingSystemType = "IOS"
	PolicyPlatformOperatingSystemTypeOSX      PolicyPlatformOperatingSystemType = "OSX"
	PolicyPlatformOperatingSystemTypeOther    PolicyPlatformOperatingSystemType = "OTHER"
	PolicyPlatformOperatingSystemTypeWindows  PolicyPlatformOperatingSystemType = "WINDOWS"
	PolicyPlatformOperatingSystemTypeMacOS    PolicyPlatformOperatingSystemType = "MACOS"
	PolicyPlatformOperatingSystemTypeChromeOS PolicyPlatformOperatingSystemType = "CHROMEOS"
	PolicyPlatformOperatingSystemTypeLinux    PolicyPlatformOperatingSystemType = "LINUX"
)

// RiskPolicyRuleCondition selects sign-ins by the behaviors Okta detected.
type RiskPolicyRuleCondition struct {
	Behaviors []string `json:"behaviors,omitzero"`
	Extra     Extra    `json:"-"`
}

// RiskScorePolicyRuleCondition selects sign-ins by risk level (ANY, LOW, MEDIUM, HIGH).
type RiskScorePolicyRuleCondition struct {
	Level RiskLevel `json:"level,omitzero"`
	// MinRiskLevel is the lowest risk level that matches (LOW, MEDIUM or HIGH); only session violation detection
	// rules use it.
	MinRiskLevel RiskLevel `json:"minRiskLevel,omitzero"`
	Extra        Extra     `json:"-"`
}

// OAuth2ScopesMediationPolicyRuleCondition selects the OAuth 2.0 scopes a rule applies to.
type OAuth2ScopesMediationPolicyRuleCondition struct {
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// UserIdentifierPolicyRuleCondition selects users by their identifier or a profile attribute, for IdP routing.
type UserIdentifierPolicyRuleCondition struct {
	Attribute string                                    `json:"attribute,omitzero"`
	Patterns  []UserIdentifierConditionEvaluatorPattern `json:"patterns,omitzero"`
	Type      UserIdentifierType                        `json:"type,omitzero"`
	Extra     Extra                                     `json:"-"`
}

// UserIdentifierConditionEvaluatorPattern is used in the User Identifier Condition object. Specifies the details of
// the patterns to match against.
type UserIdentifierConditionEvaluatorPattern struct {
	MatchType UserIdentifierMatchType `json:"matchType,omitzero"`
	// The regex expression of a simple match string.
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// UserIdentifierMatchType is the type of pattern. For regex, use `EXPRESSION`.
type UserIdentifierMatchType string

// UserIdentifierMatchType values.
const (
	UserIdentifierMatchTypeContains   UserIdentifierMatchType = "CONTAINS"
	UserIdentifierMatchTypeEquals     UserIdentifierMatchType = "EQUALS"
	UserIdentifierMatchTypeExpression UserIdentifierMatchType = "EXPRESSION"
	UserIdentifierMatchTypeStartsWith UserIdentifierMatchType = "STARTS_WITH"
	UserIdentifierMatchTypeSuffix     UserIdentifierMatchType = "SUFFIX"
)

// UserIdentifierType says whether a user identifier condition matches the identifier or an attribute.
type UserIdentifierType string

// UserIdentifierType values.
const (
	UserIdentifierTypeAttribute  UserIdentifierType = "ATTRIBUTE"
	UserIdentifierTypeIdentifier UserIdentifierType = "IDENTIFIER"
)

// UserPolicyRuleCondition selects users by ID, inactivity, lifecycle or password expiration.
type UserPolicyRuleCondition struct {
	Exclude                []string                                   `json:"exclude,omitzero"`
	Inactivity             *InactivityPolicyRuleCondition             `json:"inactivity,omitzero"`
	Include                []string                                   `json:"include,omitzero"`
	LifecycleExpiration    *LifecycleExpirationPolicyRuleCondition    `json:"lifecycleExpiration,omitzero"`
	PasswordExpiration     *PasswordExpirationPolicyRuleCondition     `json:"passwordExpiration,omitzero"`
	UserLifecycleAttribute *UserLifecycleAttributePolicyRuleCondition `json:"userLifecycleAttribute,omitzero"`
	Extra                  Extra                                      `json:"-"`
}

// InactivityPolicyRuleCondition selects users inactive for a duration.
type InactivityPolicyRuleCondition struct {
	Number *int   `json:"number,omitzero"`
	Unit   string `json:"unit,omitzero"`
	Extra  Extra  `json:"-"`
}

// LifecycleExpirationPolicyRuleCondition selects users who have been in a lifecycle status for a duration.
type LifecycleExpirationPolicyRuleCondition struct {
	LifecycleStatus string `json:"lifecycleStatus,omitzero"`
	Number          *int   `json:"number,omitzero"`
	Unit            string `json:"unit,omitzero"`
	Extra           Extra  `json:"-"`
}

// PasswordExpirationPolicyRuleCondition selects users whose password expired a duration ago.
type PasswordExpirationPolicyRuleCondition struct {
	Number *int   `json:"number,omitzero"`
	Unit   string `json:"unit,omitzero"`
	Extra  Extra  `json:"-"`
}

// UserLifecycleAttributePolicyRuleCondition selects users by the value of a profile attribute.
type UserLifecycleAttributePolicyRuleCondition struct {
	AttributeName string `json:"attributeName,omitzero"`
	MatchingValue string `json:"matchingValue,omitzero"`
	Extra         Extra  `json:"-"`
}

// UserStatusPolicyRuleCondition selects users by status.
type UserStatusPolicyRuleCondition struct {
	Value PolicyUserStatus `json:"value,omitzero"`
	Extra Extra            `json:"-"`
}

// AccessPolicyRuleCustomCondition is an Okta Expression Language condition of an access policy rule.
type AccessPolicyRuleCustomCondition struct {
	Condition string `json:"condition,omitzero"`
	Extra     Extra  `json:"-"`
}

// UserTypeCondition selects users by user type ID.
type UserTypeCondition struct {
	Exclude []string `json:"exclude,omitzero"`
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// RiskLevel is a risk level a sign-in is evaluated at.
type RiskLevel string

// RiskLevel values. Okta may send others; they decode as they are.
const (
	RiskLevelAny    RiskLevel = "ANY"
	RiskLevelHigh   RiskLevel = "HIGH"
	RiskLevelLow    RiskLevel = "LOW"
	RiskLevelMedium RiskLevel = "MEDIUM"
)
