package okta

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
)

// Simulate evaluates the policies and rules that would apply to a sign-in to an app, in the context each
// simulation describes, without anyone signing in.
//
// The API reference describes the response both as a bare array of evaluations and, in its example, as an
// object with an "evaluation" member; both decode into SimulatePolicyResponse.
//
//okta:operation createPolicySimulation POST /api/v1/policies/simulate
func (s *PoliciesService) Simulate(ctx context.Context, simulations []SimulatePolicyRequest, opts *PoliciesSimulateOptions) (*SimulatePolicyResponse, *Response, error) {
	data, resp, err := send[[]byte](ctx, s.client, newRequest(http.MethodPost, "/api/v1/policies/simulate").withBody(simulations).withQuery(opts))
	data = bytes.TrimSpace(data)
	if err != nil || len(data) == 0 {
		return nil, resp, err
	}
	out := new(SimulatePolicyResponse)
	if data[0] == '[' {
		err = decodeJSON(data, &out.Evaluation)
	} else {
		err = decodeJSON(data, out)
	}
	if err != nil {
		return nil, resp, fmt.Errorf("okta: decoding the response to POST /api/v1/policies/simulate: %w", err)
	}
	return out, resp, nil
}

// PoliciesSimulateOptions are the parameters of PoliciesService.Simulate.
type PoliciesSimulateOptions struct {
	// Expand set to "EVALUATED" adds the policies and rules that were evaluated but did not match; "RULE" adds why
	// each rule condition matched or not.
	Expand PolicySimulationExpand `url:"expand"`
}

// SimulatePolicyRequest is one simulation: the app signed in to, the policy types to evaluate and the context.
type SimulatePolicyRequest struct {
	// PolicyTypes are the kinds of policies to evaluate; all kinds when empty.
	PolicyTypes []PolicyType `json:"policyTypes,omitzero"`
	// AppInstance is the ID of the app signed in to. It is required.
	AppInstance   string         `json:"appInstance,omitzero"`
	PolicyContext *PolicyContext `json:"policyContext,omitzero"`
	Extra         Extra          `json:"-"`
}

// PolicyContext is the sign-in context a simulation evaluates policies in: who, from where, on which device.
type PolicyContext struct {
	User   *PolicyContextUser   `json:"user,omitzero"`
	Groups *PolicyContextGroups `json:"groups,omitzero"`
	Risk   *PolicyContextRisk   `json:"risk,omitzero"`
	// IP is the IP address the sign-in comes from.
	IP     string               `json:"ip,omitzero"`
	Zones  *PolicyContextZones  `json:"zones,omitzero"`
	Device *PolicyContextDevice `json:"device,omitzero"`
	Extra  Extra                `json:"-"`
}

// PolicyContextUser names the user of a simulated sign-in.
type PolicyContextUser struct {
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}

// PolicyContextGroups names the groups of the user of a simulated sign-in.
type PolicyContextGroups struct {
	IDs   []string `json:"ids,omitzero"`
	Extra Extra    `json:"-"`
}

// PolicyContextRisk is the risk level of a simulated sign-in: LOW, MEDIUM or HIGH.
type PolicyContextRisk struct {
	Level string `json:"level,omitzero"`
	Extra Extra  `json:"-"`
}

// PolicyContextZones names the network zones a simulated sign-in comes from.
type PolicyContextZones struct {
	IDs   []string `json:"ids,omitzero"`
	Extra Extra    `json:"-"`
}

// PolicyContextDevice describes the device of a simulated sign-in.
type PolicyContextDevice struct {
	Platform   string `json:"platform,omitzero"`
	Registered *bool  `json:"registered,omitzero"`
	Managed    *bool  `json:"managed,omitzero"`
	Extra      Extra  `json:"-"`
}

// SimulatePolicyResponse is the result of a policy simulation: one evaluation per policy type.
type SimulatePolicyResponse struct {
	Evaluation []SimulatePolicyEvaluations `json:"evaluation,omitzero"`
	Extra      Extra                       `json:"-"`
}

// SimulatePolicyEvaluations is the evaluation of the policies of one type.
type SimulatePolicyEvaluations struct {
	// Status is the result of the evaluation.
	Status SimulateResultStatus `json:"status,omitzero"`
	// PolicyType is the kind of policies evaluated. (The API reference's schema says an array; its example and
	// Okta send one string. An array is kept in Extra.)
	PolicyType PolicyType `json:"policyType,omitzero"`
	// Result holds the policy and rule that matched.
	Result *SimulatePolicyResult `json:"result,omitzero"`
	// Undefined holds the policies that could not be evaluated.
	Undefined *SimulatePolicyResult `json:"undefined,omitzero"`
	// Evaluated holds the policies evaluated without a match (with expand=EVALUATED).
	Evaluated *SimulatePolicyResult `json:"evaluated,omitzero"`
	Extra     Extra                 `json:"-"`
}

// SimulatePolicyResult is a list of evaluated policies.
type SimulatePolicyResult struct {
	Policies []SimulateResultPoliciesItems `json:"policies,omitzero"`
	Extra    Extra                         `json:"-"`
}

// SimulateResultPoliciesItems is one evaluated policy, with its conditions and rules.
type SimulateResultPoliciesItems struct {
	ID         string                     `json:"id,omitzero"`
	Name       string                     `json:"name,omitzero"`
	Status     SimulateResultStatus       `json:"status,omitzero"`
	Conditions []SimulateResultConditions `json:"conditions,omitzero"`
	Rules      []SimulateResultRules      `json:"rules,omitzero"`
	Extra      Extra                      `json:"-"`
}

// SimulateResultRules is one evaluated rule, with its conditions.
type SimulateResultRules struct {
	ID         string                     `json:"id,omitzero"`
	Name       string                     `json:"name,omitzero"`
	Status     SimulateResultStatus       `json:"status,omitzero"`
	Conditions []SimulateResultConditions `json:"conditions,omitzero"`
	Extra      Extra                      `json:"-"`
}

// SimulateResultConditions is one evaluated condition, such as people.groups.include.
type SimulateResultConditions struct {
	Type   string               `json:"type,omitzero"`
	Status SimulateResultStatus `json:"status,omitzero"`
	Extra  Extra                `json:"-"`
}

// SimulateResultStatus is the result of evaluating a policy, a rule or a condition in a policy simulation.
// The 5.1.0 description spelled the result of a rule or condition that did not match UNMATCHED; Okta's current
// description has NOT_MATCH for all of them. Any other value decodes as it is.
type SimulateResultStatus string

// SimulateResultStatus values.
const (
	// SimulateResultStatusMatch says the policy, rule or condition matched.
	SimulateResultStatusMatch SimulateResultStatus = "MATCH"
	// SimulateResultStatusNotMatch says it did not match.
	SimulateResultStatusNotMatch SimulateResultStatus = "NOT_MATCH"
	// SimulateResultStatusUndefined says it could not be evaluated.
	SimulateResultStatusUndefined SimulateResultStatus = "UNDEFINED"
)

// PolicySimulationExpand names what PoliciesService.Simulate adds to its result.
type PolicySimulationExpand string

// PolicySimulationExpand values.
const (
	// PolicySimulationExpandEvaluated adds the policies and rules that were evaluated but did not match.
	PolicySimulationExpandEvaluated PolicySimulationExpand = "EVALUATED"
	// PolicySimulationExpandRule adds, for each rule, why its conditions matched or not.
	PolicySimulationExpandRule PolicySimulationExpand = "RULE"
)
