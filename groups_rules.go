package okta

import (
	"context"
	"net/http"
	"time"
)

// ListRules returns one page of group rules. Use ListRulesIter to walk all of them.
//
//okta:operation listGroupRules GET /api/v1/groups/rules
func (s *GroupsService) ListRules(ctx context.Context, opts *GroupsListRulesOptions) ([]GroupRule, *Response, error) {
	return send[[]GroupRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/rules").withQuery(opts))
}

// ListRulesIter returns an iterator over all group rules that match opts.
func (s *GroupsService) ListRulesIter(ctx context.Context, opts *GroupsListRulesOptions) *Iterator[GroupRule] {
	return newIterator[GroupRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/rules").withQuery(opts))
}

// CreateRule creates a group rule. Okta creates it INACTIVE; activate it with ActivateRule. An empty Type is
// sent as GroupRuleTypeGroupRule, which Okta requires.
//
//okta:operation createGroupRule POST /api/v1/groups/rules
func (s *GroupsService) CreateRule(ctx context.Context, rule *GroupRule) (*GroupRule, *Response, error) {
	return send[*GroupRule](ctx, s.client, newRequest(http.MethodPost, "/api/v1/groups/rules").withBody(withGroupRuleType(rule)))
}

// withGroupRuleType returns rule with an empty Type set to GroupRuleTypeGroupRule, as a copy: the caller's
// rule is not changed.
func withGroupRuleType(rule *GroupRule) *GroupRule {
	if rule == nil || rule.Type != "" {
		return rule
	}
	typed := *rule
	typed.Type = GroupRuleTypeGroupRule
	return &typed
}

// GetRule retrieves a group rule by ID.
//
//okta:operation getGroupRule GET /api/v1/groups/rules/{groupRuleId}
func (s *GroupsService) GetRule(ctx context.Context, ruleID string, opts *GroupsGetRuleOptions) (*GroupRule, *Response, error) {
	return send[*GroupRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/rules/{groupRuleId}", ruleID).withQuery(opts))
}

// ReplaceRule replaces an INACTIVE group rule. Okta refuses to change an active rule: deactivate it first. An
// empty Type is sent as GroupRuleTypeGroupRule.
//
//okta:operation replaceGroupRule PUT /api/v1/groups/rules/{groupRuleId}
func (s *GroupsService) ReplaceRule(ctx context.Context, ruleID string, rule *GroupRule) (*GroupRule, *Response, error) {
	return send[*GroupRule](ctx, s.client, newRequest(http.MethodPut, "/api/v1/groups/rules/{groupRuleId}", ruleID).withBody(withGroupRuleType(rule)))
}

// DeleteRule deletes a group rule. Set opts.RemoveUsers to also remove the users the rule added to its groups.
// Okta answers 202 Accepted: the removal finishes in the background.
//
//okta:operation deleteGroupRule DELETE /api/v1/groups/rules/{groupRuleId}
func (s *GroupsService) DeleteRule(ctx context.Context, ruleID string, opts *GroupsDeleteRuleOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/groups/rules/{groupRuleId}", ruleID).withQuery(opts))
}

// ActivateRule activates a group rule, which starts adding the users it matches to its groups.
//
//okta:operation activateGroupRule POST /api/v1/groups/rules/{groupRuleId}/lifecycle/activate
func (s *GroupsService) ActivateRule(ctx context.Context, ruleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/groups/rules/{groupRuleId}/lifecycle/activate", ruleID))
}

// DeactivateRule deactivates a group rule. Users it added stay in its groups.
//
//okta:operation deactivateGroupRule POST /api/v1/groups/rules/{groupRuleId}/lifecycle/deactivate
func (s *GroupsService) DeactivateRule(ctx context.Context, ruleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/groups/rules/{groupRuleId}/lifecycle/deactivate", ruleID))
}

// GroupsListRulesOptions are the parameters of GroupsService.ListRules.
type GroupsListRulesOptions struct {
	// Limit is the page size.
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Search finds rules whose name contains Search.
	Search string `url:"search"`
	// Expand set to "groupIdToGroupNameMap" adds the names of the rules' groups to each rule's _embedded.
	Expand GroupRuleExpand `url:"expand"`
}

// GroupsGetRuleOptions are the parameters of GroupsService.GetRule.
type GroupsGetRuleOptions struct {
	// Expand set to "groupIdToGroupNameMap" adds the names of the rule's groups to its _embedded.
	Expand GroupRuleExpand `url:"expand"`
}

// GroupsDeleteRuleOptions are the parameters of GroupsService.DeleteRule.
type GroupsDeleteRuleOptions struct {
	// RemoveUsers says whether to remove the users the rule added from its groups.
	RemoveUsers *bool `url:"removeUsers"`
}

// GroupRuleStatus is the status of a group rule.
type GroupRuleStatus string

// GroupRuleStatus values.
const (
	GroupRuleStatusActive   GroupRuleStatus = "ACTIVE"
	GroupRuleStatusInactive GroupRuleStatus = "INACTIVE"
	// GroupRuleStatusInvalid is a rule whose expression or groups no longer resolve.
	GroupRuleStatusInvalid GroupRuleStatus = "INVALID"
)

// GroupRuleType is the kind of a group rule.
type GroupRuleType string

// GroupRuleType values. Okta may send others; they decode as they are.
const (
	// GroupRuleTypeGroupRule is the one kind of group rule, the Type of the rule CreateRule and ReplaceRule send.
	GroupRuleTypeGroupRule GroupRuleType = "group_rule"
)

// GroupRule adds the users who match an expression to groups.
type GroupRule struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Type is GroupRuleTypeGroupRule.
	Type        GroupRuleType        `json:"type,omitzero"`
	Status      GroupRuleStatus      `json:"status,omitzero"`
	Created     time.Time            `json:"created,omitzero"`
	LastUpdated time.Time            `json:"lastUpdated,omitzero"`
	Conditions  *GroupRuleConditions `json:"conditions,omitzero"`
	Actions     *GroupRuleAction     `json:"actions,omitzero"`
	// Embedded holds what expand asked for (groupIdToGroupNameMap).
	Embedded Extra `json:"_embedded,omitzero"`
	Extra    Extra `json:"-"`
}

// GroupRuleConditions select the users a group rule applies to: an expression, minus excluded people.
type GroupRuleConditions struct {
	Expression *GroupRuleExpression      `json:"expression,omitzero"`
	People     *GroupRulePeopleCondition `json:"people,omitzero"`
	Extra      Extra                     `json:"-"`
}

// GroupRuleExpression is an Okta Expression Language expression on user attributes, e.g.
// `user.department=="Engineering"`.
type GroupRuleExpression struct {
	// Type is "urn:okta:expression:1.0".
	Type  string `json:"type,omitzero"`
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// GroupRulePeopleCondition names users and groups a group rule leaves out.
type GroupRulePeopleCondition struct {
	Groups *GroupRuleGroupCondition `json:"groups,omitzero"`
	Users  *GroupRuleUserCondition  `json:"users,omitzero"`
	Extra  Extra                    `json:"-"`
}

// GroupRuleGroupCondition lists groups by ID.
type GroupRuleGroupCondition struct {
	Exclude []string `json:"exclude,omitzero"`
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// GroupRuleUserCondition lists users by ID.
type GroupRuleUserCondition struct {
	Exclude []string `json:"exclude,omitzero"`
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// GroupRuleAction is what a group rule does with the users it matches.
type GroupRuleAction struct {
	AssignUserToGroups *GroupRuleGroupAssignment `json:"assignUserToGroups,omitzero"`
	Extra              Extra                     `json:"-"`
}

// GroupRuleGroupAssignment names the groups a group rule adds users to.
type GroupRuleGroupAssignment struct {
	GroupIDs []string `json:"groupIds,omitzero"`
	Extra    Extra    `json:"-"`
}

// GroupRuleExpand names what the group rule methods embed in each rule's _embedded.
type GroupRuleExpand string

// GroupRuleExpand values.
const (
	// GroupRuleExpandGroupNames embeds groupIdToGroupNameMap, the names of the groups the rule names by ID.
	GroupRuleExpandGroupNames GroupRuleExpand = "groupIdToGroupNameMap"
)
