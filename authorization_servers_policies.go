package okta

import (
	"context"
	"net/http"
)

// This file holds the access policies of a custom authorization server and their rules: which clients a policy
// applies to and, per rule, which users, grant types and scopes get tokens and how long those tokens live.

// ListPolicies returns the access policies of a custom authorization server, in priority order. Okta does not
// page this list.
//
//okta:operation listAuthorizationServerPolicies GET /api/v1/authorizationServers/{authServerId}/policies
func (s *AuthorizationServersService) ListPolicies(ctx context.Context, authServerID string) ([]AuthorizationServerPolicy, *Response, error) {
	return send[[]AuthorizationServerPolicy](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/policies", authServerID))
}

// CreatePolicy adds an access policy to a custom authorization server. Its Type may be left empty: it is sent
// as OAUTH_AUTHORIZATION_POLICY (on a copy; policy is not changed). A policy issues tokens only through its
// rules: add at least one with CreatePolicyRule.
//
//okta:operation createAuthorizationServerPolicy POST /api/v1/authorizationServers/{authServerId}/policies
func (s *AuthorizationServersService) CreatePolicy(ctx context.Context, authServerID string, policy *AuthorizationServerPolicy) (*AuthorizationServerPolicy, *Response, error) {
	return send[*AuthorizationServerPolicy](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/policies", authServerID).withBody(withType(policy, PolicyTypeOAuthAuthorizationPolicy)))
}

// GetPolicy retrieves an access policy of a custom authorization server.
//
//okta:operation getAuthorizationServerPolicy GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}
func (s *AuthorizationServersService) GetPolicy(ctx context.Context, authServerID, policyID string) (*AuthorizationServerPolicy, *Response, error) {
	return send[*AuthorizationServerPolicy](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}", authServerID, policyID))
}

// ReplacePolicy replaces an access policy of a custom authorization server with policy. A policy decoded from
// GetPolicy and changed sends back every field Okta returned; an empty Type is filled in as in CreatePolicy.
//
//okta:operation replaceAuthorizationServerPolicy PUT /api/v1/authorizationServers/{authServerId}/policies/{policyId}
func (s *AuthorizationServersService) ReplacePolicy(ctx context.Context, authServerID, policyID string, policy *AuthorizationServerPolicy) (*AuthorizationServerPolicy, *Response, error) {
	return send[*AuthorizationServerPolicy](ctx, s.client, newRequest(http.MethodPut, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}", authServerID, policyID).withBody(withType(policy, PolicyTypeOAuthAuthorizationPolicy)))
}

// DeletePolicy deletes an access policy of a custom authorization server, with its rules.
//
//okta:operation deleteAuthorizationServerPolicy DELETE /api/v1/authorizationServers/{authServerId}/policies/{policyId}
func (s *AuthorizationServersService) DeletePolicy(ctx context.Context, authServerID, policyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}", authServerID, policyID))
}

// ActivatePolicy activates an access policy of a custom authorization server.
//
//okta:operation activateAuthorizationServerPolicy POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/activate
func (s *AuthorizationServersService) ActivatePolicy(ctx context.Context, authServerID, policyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/activate", authServerID, policyID))
}

// DeactivatePolicy deactivates an access policy of a custom authorization server: its rules stop issuing
// tokens.
//
//okta:operation deactivateAuthorizationServerPolicy POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/deactivate
func (s *AuthorizationServersService) DeactivatePolicy(ctx context.Context, authServerID, policyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/deactivate", authServerID, policyID))
}

// ListPolicyRules returns the rules of an access policy of a custom authorization server, in priority order.
// Okta does not page this list.
//
//okta:operation listAuthorizationServerPolicyRules GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules
func (s *AuthorizationServersService) ListPolicyRules(ctx context.Context, authServerID, policyID string) ([]AuthorizationServerPolicyRule, *Response, error) {
	return send[[]AuthorizationServerPolicyRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules", authServerID, policyID))
}

// CreatePolicyRule adds a rule to an access policy of a custom authorization server. Its Type may be left
// empty: it is sent as RESOURCE_ACCESS (on a copy; rule is not changed).
//
//okta:operation createAuthorizationServerPolicyRule POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules
func (s *AuthorizationServersService) CreatePolicyRule(ctx context.Context, authServerID, policyID string, rule *AuthorizationServerPolicyRule) (*AuthorizationServerPolicyRule, *Response, error) {
	return send[*AuthorizationServerPolicyRule](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules", authServerID, policyID).withBody(rule))
}

// GetPolicyRule retrieves a rule of an access policy of a custom authorization server.
//
//okta:operation getAuthorizationServerPolicyRule GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}
func (s *AuthorizationServersService) GetPolicyRule(ctx context.Context, authServerID, policyID, ruleID string) (*AuthorizationServerPolicyRule, *Response, error) {
	return send[*AuthorizationServerPolicyRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}", authServerID, policyID, ruleID))
}

// ReplacePolicyRule replaces a rule of an access policy of a custom authorization server with rule. An empty
// Type is filled in as in CreatePolicyRule.
//
//okta:operation replaceAuthorizationServerPolicyRule PUT /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}
func (s *AuthorizationServersService) ReplacePolicyRule(ctx context.Context, authServerID, policyID, ruleID string, rule *AuthorizationServerPolicyRule) (*AuthorizationServerPolicyRule, *Response, error) {
	return send[*AuthorizationServerPolicyRule](ctx, s.client, newRequest(http.MethodPut, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}", authServerID, policyID, ruleID).withBody(rule))
}

// DeletePolicyRule deletes a rule of an access policy of a custom authorization server.
//
//okta:operation deleteAuthorizationServerPolicyRule DELETE /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}
func (s *AuthorizationServersService) DeletePolicyRule(ctx context.Context, authServerID, policyID, ruleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}", authServerID, policyID, ruleID))
}

// ActivatePolicyRule activates a rule of an access policy of a custom authorization server.
//
//okta:operation activateAuthorizationServerPolicyRule POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/activate
func (s *AuthorizationServersService) ActivatePolicyRule(ctx context.Context, authServerID, policyID, ruleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/activate", authServerID, policyID, ruleID))
}

// DeactivatePolicyRule deactivates a rule of an access policy of a custom authorization server.
//
//okta:operation deactivateAuthorizationServerPolicyRule POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate
func (s *AuthorizationServersService) DeactivatePolicyRule(ctx context.Context, authServerID, policyID, ruleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate", authServerID, policyID, ruleID))
}

// PolicyTypeOAuthAuthorizationPolicy is the type of the access policies of a custom authorization server. The
// API description's PolicyType enum leaves it out, but Okta sends it and requires it.
const PolicyTypeOAuthAuthorizationPolicy PolicyType = "OAUTH_AUTHORIZATION_POLICY"

// AuthorizationServerPolicy is an access policy of a custom authorization server: the clients it applies to
// (Conditions.Clients.Include, with "ALL_CLIENTS" for every client); its rules say who gets which tokens.
//
// The API description gives it the general policy conditions (PolicyRuleConditions); an authorization server
// policy uses only the clients condition.
type AuthorizationServerPolicy struct {
	PolicyBase
	Conditions *PolicyRuleConditions `json:"conditions,omitzero"`
	Extra      Extra                 `json:"-"`
}
