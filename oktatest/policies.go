package oktatest

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"time"
)

func init() {
	register("okta.policies", map[string]func(*Server, *call) (int, any, *apiError){
		"listPolicies":         (*Server).listPolicies,
		"createPolicy":         (*Server).createPolicy,
		"getPolicy":            (*Server).getPolicy,
		"replacePolicy":        (*Server).replacePolicy,
		"deletePolicy":         (*Server).deletePolicy,
		"activatePolicy":       (*Server).activatePolicy,
		"deactivatePolicy":     (*Server).deactivatePolicy,
		"listPolicyRules":      (*Server).listPolicyRules,
		"createPolicyRule":     (*Server).createPolicyRule,
		"getPolicyRule":        (*Server).getPolicyRule,
		"replacePolicyRule":    (*Server).replacePolicyRule,
		"deletePolicyRule":     (*Server).deletePolicyRule,
		"activatePolicyRule":   (*Server).activatePolicyRule,
		"deactivatePolicyRule": (*Server).deactivatePolicyRule,
	})
}

// policy is a policy of any type, stored as sent, with its rules.
type policy struct {
	seq                  uint64
	id, typ, status      string
	created, lastUpdated time.Time
	body                 map[string]any
	rules                []*policyRule // in priority order
}

// policyRule is a rule of a policy, stored as sent.
type policyRule struct {
	id, typ, status      string
	created, lastUpdated time.Time
	body                 map[string]any
}

// serverPolicyFields are the members of a policy or rule that the server owns.
var serverPolicyFields = []string{"id", "status", "created", "lastUpdated", "system", "priority", "_links", "_embedded"}

// ruleTypes maps policy types to the type of their rules, where the two differ.
var ruleTypes = map[string]string{"OKTA_SIGN_ON": "SIGN_ON"}

// priorityOf reads the priority a client asked for: a position counted from 1.
func priorityOf(body map[string]any) (int, bool) {
	n, ok := body["priority"].(json.Number)
	if !ok {
		return 0, false
	}
	p, err := n.Int64()
	return int(p), err == nil && p >= 1
}

// stripServerFields removes the members the server owns from a request body.
func stripServerFields(body map[string]any) {
	for _, f := range serverPolicyFields {
		delete(body, f)
	}
}

func (s *Server) policiesOfType(typ string) []*policy {
	return filterItems(s.policies, func(p *policy) bool { return p.typ == typ })
}

// policyOut renders a policy; its priority is its position among the policies of its type.
func (s *Server) policyOut(p *policy) map[string]any {
	out := cloneMap(p.body)
	out["id"] = p.id
	out["type"] = p.typ
	out["status"] = p.status
	out["system"] = false
	out["priority"] = slices.Index(s.policiesOfType(p.typ), p) + 1
	out["created"] = oktaTime(p.created)
	out["lastUpdated"] = oktaTime(p.lastUpdated)
	base := "/api/v1/policies/" + p.id
	links := map[string]any{
		"self":  map[string]any{"href": s.URL + base, "hints": map[string]any{"allow": []string{"GET", "PUT", "DELETE"}}},
		"rules": map[string]any{"href": s.URL + base + "/rules", "hints": map[string]any{"allow": []string{"GET", "POST"}}},
	}
	if p.status == appActive {
		links["deactivate"] = map[string]any{"href": s.URL + base + "/lifecycle/deactivate", "hints": map[string]any{"allow": []string{"POST"}}}
	} else {
		links["activate"] = map[string]any{"href": s.URL + base + "/lifecycle/activate", "hints": map[string]any{"allow": []string{"POST"}}}
	}
	out["_links"] = links
	return out
}

func (s *Server) ruleOut(p *policy, r *policyRule) map[string]any {
	out := cloneMap(r.body)
	out["id"] = r.id
	out["type"] = r.typ
	out["status"] = r.status
	out["system"] = false
	out["priority"] = slices.Index(p.rules, r) + 1
	out["created"] = oktaTime(r.created)
	out["lastUpdated"] = oktaTime(r.lastUpdated)
	base := "/api/v1/policies/" + p.id + "/rules/" + r.id
	links := map[string]any{
		"self": map[string]any{"href": s.URL + base, "hints": map[string]any{"allow": []string{"GET", "PUT", "DELETE"}}},
	}
	if r.status == appActive {
		links["deactivate"] = map[string]any{"href": s.URL + base + "/lifecycle/deactivate", "hints": map[string]any{"allow": []string{"POST"}}}
	} else {
		links["activate"] = map[string]any{"href": s.URL + base + "/lifecycle/activate", "hints": map[string]any{"allow": []string{"POST"}}}
	}
	out["_links"] = links
	return out
}

func (s *Server) policyParam(c *call) (*policy, *apiError) {
	id := c.param("policyId")
	if p := s.policyByID[id]; p != nil {
		return p, nil
	}
	return nil, errNotFound(id, "Policy")
}

func (s *Server) ruleParam(c *call) (*policy, *policyRule, *apiError) {
	p, err := s.policyParam(c)
	if err != nil {
		return nil, nil, err
	}
	id := c.param("ruleId")
	for _, r := range p.rules {
		if r.id == id {
			return p, r, nil
		}
	}
	return nil, nil, errNotFound(id, "PolicyRule")
}

// decodeNamed decodes a policy or rule body and checks that it has a name.
func decodeNamed(c *call) (map[string]any, *apiError) {
	var body map[string]any
	if err := decodeBody(c.r, &body); err != nil {
		return nil, err
	}
	if body == nil {
		body = map[string]any{}
	}
	if strings.TrimSpace(str(body, "name")) == "" {
		return nil, errValidation("name", "name: The field cannot be left blank")
	}
	return body, nil
}

func (s *Server) listPolicies(c *call) (int, any, *apiError) {
	typ := c.query("type")
	if typ == "" {
		return 0, nil, errMissingParameter("type")
	}
	items := s.policiesOfType(typ)
	if status := c.query("status"); status != "" {
		items = filterItems(items, func(p *policy) bool { return p.status == status })
	}
	out := make([]map[string]any, 0, len(items))
	for _, p := range items {
		out = append(out, s.expandPolicy(c, p))
	}
	return http.StatusOK, out, nil
}

// expandPolicy renders a policy with its rules in _embedded when the request asks for expand=rules.
func (s *Server) expandPolicy(c *call, p *policy) map[string]any {
	out := s.policyOut(p)
	if c.query("expand") == "rules" {
		rules := make([]map[string]any, 0, len(p.rules))
		for _, r := range p.rules {
			rules = append(rules, s.ruleOut(p, r))
		}
		out["_embedded"] = map[string]any{"rules": rules}
	}
	return out
}

func (s *Server) createPolicy(c *call) (int, any, *apiError) {
	body, err := decodeNamed(c)
	if err != nil {
		return 0, nil, err
	}
	typ := str(body, "type")
	if typ == "" {
		return 0, nil, errValidation("type", "type: The field cannot be left blank")
	}
	prio, hasPrio := priorityOf(body)
	stripServerFields(body)
	delete(body, "type")
	p := &policy{typ: typ, status: appActive, created: c.now, lastUpdated: c.now, body: body}
	if !c.boolQuery("activate", true) {
		p.status = appInactive
	}
	p.id, p.seq = s.newID("00p")
	s.policyByID[p.id] = p
	s.policies = append(s.policies, p)
	if hasPrio {
		s.movePolicy(p, prio)
	}
	return http.StatusOK, s.policyOut(p), nil
}

// movePolicy puts p at the priority prio among the policies of its type.
func (s *Server) movePolicy(p *policy, prio int) {
	s.policies = slices.DeleteFunc(s.policies, func(q *policy) bool { return q == p })
	same := s.policiesOfType(p.typ)
	at := len(s.policies)
	if prio-1 < len(same) {
		at = slices.Index(s.policies, same[prio-1])
	}
	s.policies = slices.Insert(s.policies, at, p)
}

func (s *Server) getPolicy(c *call) (int, any, *apiError) {
	p, err := s.policyParam(c)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, s.expandPolicy(c, p), nil
}

func (s *Server) replacePolicy(c *call) (int, any, *apiError) {
	p, err := s.policyParam(c)
	if err != nil {
		return 0, nil, err
	}
	body, err := decodeNamed(c)
	if err != nil {
		return 0, nil, err
	}
	if typ := str(body, "type"); typ != "" && typ != p.typ {
		return 0, nil, errValidation("type", "type: The type of a policy cannot be changed")
	}
	prio, hasPrio := priorityOf(body)
	stripServerFields(body)
	delete(body, "type")
	p.body, p.lastUpdated = body, c.now
	if hasPrio {
		s.movePolicy(p, prio)
	}
	return http.StatusOK, s.policyOut(p), nil
}

func (s *Server) deletePolicy(c *call) (int, any, *apiError) {
	p, err := s.policyParam(c)
	if err != nil {
		return 0, nil, err
	}
	s.policies = slices.DeleteFunc(s.policies, func(q *policy) bool { return q == p })
	delete(s.policyByID, p.id)
	return http.StatusNoContent, nil, nil
}

func (s *Server) setPolicyStatus(c *call, status string) (int, any, *apiError) {
	p, err := s.policyParam(c)
	if err != nil {
		return 0, nil, err
	}
	if p.status != status {
		p.status, p.lastUpdated = status, c.now
	}
	return http.StatusNoContent, nil, nil
}

func (s *Server) activatePolicy(c *call) (int, any, *apiError) {
	return s.setPolicyStatus(c, appActive)
}
func (s *Server) deactivatePolicy(c *call) (int, any, *apiError) {
	return s.setPolicyStatus(c, appInactive)
}

func (s *Server) listPolicyRules(c *call) (int, any, *apiError) {
	p, err := s.policyParam(c)
	if err != nil {
		return 0, nil, err
	}
	out := make([]map[string]any, 0, len(p.rules))
	for _, r := range p.rules {
		out = append(out, s.ruleOut(p, r))
	}
	return http.StatusOK, out, nil
}

// placeRule puts r at the priority prio among the rules of p, or last.
func placeRule(p *policy, r *policyRule, prio int, hasPrio bool) {
	p.rules = slices.DeleteFunc(p.rules, func(q *policyRule) bool { return q == r })
	at := len(p.rules)
	if hasPrio {
		at = min(prio-1, len(p.rules))
	}
	p.rules = slices.Insert(p.rules, at, r)
}

func (s *Server) createPolicyRule(c *call) (int, any, *apiError) {
	p, err := s.policyParam(c)
	if err != nil {
		return 0, nil, err
	}
	body, err := decodeNamed(c)
	if err != nil {
		return 0, nil, err
	}
	typ := str(body, "type")
	if typ == "" {
		typ = p.typ
		if t, ok := ruleTypes[p.typ]; ok {
			typ = t
		}
	}
	prio, hasPrio := priorityOf(body)
	stripServerFields(body)
	r := &policyRule{typ: typ, status: appActive, created: c.now, lastUpdated: c.now, body: body}
	if !c.boolQuery("activate", true) {
		r.status = appInactive
	}
	r.id, _ = s.newID("0pr")
	placeRule(p, r, prio, hasPrio)
	return http.StatusOK, s.ruleOut(p, r), nil
}

func (s *Server) getPolicyRule(c *call) (int, any, *apiError) {
	p, r, err := s.ruleParam(c)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, s.ruleOut(p, r), nil
}

func (s *Server) replacePolicyRule(c *call) (int, any, *apiError) {
	p, r, err := s.ruleParam(c)
	if err != nil {
		return 0, nil, err
	}
	body, err := decodeNamed(c)
	if err != nil {
		return 0, nil, err
	}
	if typ := str(body, "type"); typ != "" && typ != r.typ {
		return 0, nil, errValidation("type", "type: The type of a rule cannot be changed")
	}
	prio, hasPrio := priorityOf(body)
	stripServerFields(body)
	delete(body, "type")
	r.body, r.lastUpdated = body, c.now
	if hasPrio {
		placeRule(p, r, prio, true)
	}
	return http.StatusOK, s.ruleOut(p, r), nil
}

func (s *Server) deletePolicyRule(c *call) (int, any, *apiError) {
	p, r, err := s.ruleParam(c)
	if err != nil {
		return 0, nil, err
	}
	p.rules = slices.DeleteFunc(p.rules, func(q *policyRule) bool { return q == r })
	return http.StatusNoContent, nil, nil
}

func (s *Server) setRuleStatus(c *call, status string) (int, any, *apiError) {
	_, r, err := s.ruleParam(c)
	if err != nil {
		return 0, nil, err
	}
	if r.status != status {
		r.status, r.lastUpdated = status, c.now
	}
	return http.StatusNoContent, nil, nil
}

func (s *Server) activatePolicyRule(c *call) (int, any, *apiError) {
	return s.setRuleStatus(c, appActive)
}

func (s *Server) deactivatePolicyRule(c *call) (int, any, *apiError) {
	return s.setRuleStatus(c, appInactive)
}
