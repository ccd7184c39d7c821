package okta

import "time"

// TEMP: replaced by the Policies service's models at merge. The policies of an authorization server share these
// schemas with the org's policies (PolicyBase, PolicyRuleBase, the rule conditions), which the Policies service
// owns and defines in full on its own branch. These stand-ins have the same names, fields and JSON as the
// Policies definitions (the condition structs carry only the conditions an authorization server uses; the
// rest are kept in Extra), so that AuthorizationServersService compiles on its own branch. Delete this file
// (and regenerate zz_json.go) once the Policies models are in.

// LifecycleStatus is the status of a resource that can be activated and deactivated.
type LifecycleStatus string

// LifecycleStatus values.
const (
	LifecycleStatusActive   LifecycleStatus = "ACTIVE"
	LifecycleStatusInactive LifecycleStatus = "INACTIVE"
)

// PolicyType is the kind of a policy.
type PolicyType string

// PolicyType values.
const (
	PolicyTypeAccessPolicy      PolicyType = "ACCESS_POLICY"
	PolicyTypeIdpDiscovery      PolicyType = "IDP_DISCOVERY"
	PolicyTypeMFAEnroll         PolicyType = "MFA_ENROLL"
	PolicyTypeOktaSignOn        PolicyType = "OKTA_SIGN_ON"
	PolicyTypePassword          PolicyType = "PASSWORD"
	PolicyTypeProfileEnrollment PolicyType = "PROFILE_ENROLLMENT"
)

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

// PolicyRuleType is the kind of a policy rule.
type PolicyRuleType string

// PolicyRuleType values.
const (
	PolicyRuleTypeAccessPolicy      PolicyRuleType = "ACCESS_POLICY"
	PolicyRuleTypeIdpDiscovery      PolicyRuleType = "IDP_DISCOVERY"
	PolicyRuleTypeMFAEnroll         PolicyRuleType = "MFA_ENROLL"
	PolicyRuleTypePassword          PolicyRuleType = "PASSWORD"
	PolicyRuleTypeProfileEnrollment PolicyRuleType = "PROFILE_ENROLLMENT"
	PolicyRuleTypeResourceAccess    PolicyRuleType = "RESOURCE_ACCESS"
	PolicyRuleTypeSignOn            PolicyRuleType = "SIGN_ON"
)

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

// AuthorizationServerPolicyRule is a rule of an authorization server's access policy (RESOURCE_ACCESS): which
// grants and scopes it allows and the lifetimes of the tokens it issues.
type AuthorizationServerPolicyRule struct {
	PolicyRuleBase
	Conditions *AuthorizationServerPolicyRuleConditions `json:"conditions,omitzero"`
	Actions    *AuthorizationServerPolicyRuleActions    `json:"actions,omitzero"`
	Extra      Extra                                    `json:"-"`
}

// PolicyRuleConditions are the conditions of a policy: who, from where and with what the policy applies to.
// Each condition is optional; only the ones set are sent.
type PolicyRuleConditions struct {
	Clients    *ClientPolicyCondition                    `json:"clients,omitzero"`
	GrantTypes *GrantTypePolicyRuleCondition             `json:"grantTypes,omitzero"`
	People     *PolicyPeopleCondition                    `json:"people,omitzero"`
	Scopes     *OAuth2ScopesMediationPolicyRuleCondition `json:"scopes,omitzero"`
	Extra      Extra                                     `json:"-"`
}

// AuthorizationServerPolicyRuleConditions are the conditions of an authorization server policy rule: people, grant
// types and scopes.
type AuthorizationServerPolicyRuleConditions struct {
	Clients    *ClientPolicyCondition                    `json:"clients,omitzero"`
	GrantTypes *GrantTypePolicyRuleCondition             `json:"grantTypes,omitzero"`
	People     *PolicyPeopleCondition                    `json:"people,omitzero"`
	Scopes     *OAuth2ScopesMediationPolicyRuleCondition `json:"scopes,omitzero"`
	Extra      Extra                                     `json:"-"`
}

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

// ClientPolicyCondition selects the OAuth 2.0 clients a rule applies to.
type ClientPolicyCondition struct {
	// Which clients are included in the Policy.
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// GrantTypePolicyRuleCondition selects the OAuth 2.0 grant types a rule applies to.
type GrantTypePolicyRuleCondition struct {
	// Array of grant types that this condition includes.
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// PolicyPeopleCondition selects the users and groups a policy or rule applies to.
type PolicyPeopleCondition struct {
	Groups *GroupCondition `json:"groups,omitzero"`
	Users  *UserCondition  `json:"users,omitzero"`
	Extra  Extra           `json:"-"`
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

// OAuth2ScopesMediationPolicyRuleCondition selects the OAuth 2.0 scopes a rule applies to.
type OAuth2ScopesMediationPolicyRuleCondition struct {
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}
