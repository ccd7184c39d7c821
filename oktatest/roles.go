package oktatest

import (
	"net/http"
	"slices"
	"strings"
)

// Admin roles and app links: Okta behaviour on top of the generic store.

func init() {
	hooks["assignRoleToUser"] = assignRole("USER")
	hooks["assignRoleToGroup"] = assignRole("GROUP")
	hooks["assignRoleToClient"] = assignRole("CLIENT")
	hooks["listUsersWithRoleAssignments"] = (*Server).listUsersWithRoles
	hooks["listAppLinks"] = (*Server).listAppLinks
}

// roleLabels are the labels of Okta's standard admin roles, by type.
var roleLabels = map[string]string{
	"SUPER_ADMIN":                   "Super Administrator",
	"ORG_ADMIN":                     "Organizational Administrator",
	"APP_ADMIN":                     "Application Administrator",
	"USER_ADMIN":                    "Group Administrator",
	"HELP_DESK_ADMIN":               "Help Desk Administrator",
	"READ_ONLY_ADMIN":               "Read-only Administrator",
	"MOBILE_ADMIN":                  "Mobile Administrator",
	"API_ACCESS_MANAGEMENT_ADMIN":   "API Access Management Administrator",
	"REPORT_ADMIN":                  "Report Administrator",
	"GROUP_MEMBERSHIP_ADMIN":        "Group Membership Administrator",
	"ACCESS_CERTIFICATIONS_ADMIN":   "Access Certifications Administrator",
	"ACCESS_REQUESTS_ADMIN":         "Access Requests Administrator",
	"WORKFLOWS_ADMIN":               "Workflows Administrator",
	"API_ADMIN":                     "API Administrator",
	"PARTNER_ADMIN":                 "Partner Administrator",
	"SECURITY_ADMIN":                "Security Administrator",
	"CUSTOM":                        "Custom role",
	"IDENTITY_GOVERNANCE_ADMIN":     "Identity Governance Administrator",
	"AGENT_ADMIN":                   "Agent Administrator",
	"MANAGED_SERVICE_ACCOUNT_ADMIN": "Managed Service Account Administrator",
}

// assignRole answers the assignment of a role to a user, group or client: Okta's Role object, with the label of
// the role's type and the assignment's type. Assigning a standard role the principal already has answers the
// existing assignment.
func assignRole(assignmentType string) hook {
	return func(s *Server, c *call, segs []string) (int, any, *apiError) {
		body, err := readObject(c)
		if err != nil {
			return 0, nil, err
		}
		typ := str(body, "type")
		if typ == "" {
			return 0, nil, errValidation("type", "type: The role type is required.")
		}
		key := join(segs)
		if typ != "CUSTOM" {
			for _, it := range s.store.colls[key] {
				if str(it.obj, "type") == typ {
					return http.StatusCreated, s.itemOut(key+"/"+it.id, it.obj), nil
				}
			}
		}
		obj := cloneMap(body)
		obj["type"] = typ
		if _, ok := obj["label"]; !ok {
			obj["label"] = roleLabels[typ]
		}
		obj["status"] = "ACTIVE"
		obj["assignmentType"] = assignmentType
		it := s.putItem(segs, "", obj, c.now, true)
		return http.StatusCreated, s.itemOut(key+"/"+it.id, it.obj), nil
	}
}

// listUsersWithRoles answers GET /api/v1/iam/assignees/users: the users with a role assigned directly or through
// a group, in the order they were created, paged with limit and after.
func (s *Server) listUsersWithRoles(c *call, _ []string) (int, any, *apiError) {
	has := map[string]bool{}
	for _, u := range s.users {
		if len(s.store.colls["/api/v1/users/"+u.id+"/roles"]) > 0 {
			has[u.id] = true
		}
	}
	for _, g := range s.groups {
		if len(s.store.colls["/api/v1/groups/"+g.id+"/roles"]) == 0 {
			continue
		}
		for _, u := range s.memberUsers(g) {
			has[u.id] = true
		}
	}
	var items []*genItem
	for _, u := range s.users {
		if has[u.id] {
			items = append(items, &genItem{id: u.id, seq: u.seq, obj: map[string]any{
				"id":  u.id,
				"orn": "orn:okta:directory:" + s.orgID + ":users:" + u.id,
				"_links": map[string]any{
					"self":        s.href("/api/v1/users", u.id),
					"assignments": s.href("/api/v1/users/" + u.id + "/roles"),
				},
			}})
		}
	}
	page, err := paginate(s, c, items, listing[*genItem]{
		key:      func(it *genItem) (string, uint64) { return it.id, it.seq },
		defLimit: 100, maxLimit: 100,
	})
	if err != nil {
		return 0, nil, err
	}
	value := make([]any, 0, len(page))
	for _, it := range page {
		value = append(value, it.obj)
	}
	links := map[string]any{}
	for _, l := range c.w.Header().Values("Link") {
		if href, ok := strings.CutSuffix(l, `>; rel="next"`); ok {
			links["next"] = map[string]any{"href": strings.TrimPrefix(href, "<")}
		}
	}
	return http.StatusOK, map[string]any{"value": value, "_links": links}, nil
}

// listAppLinks answers GET /api/v1/users/{userId}/appLinks: a link for every active app the user is assigned,
// directly or through a group, as the Okta dashboard shows them.
func (s *Server) listAppLinks(c *call, segs []string) (int, any, *apiError) {
	u := s.findUser(segs[3])
	out := []any{}
	for _, a := range s.apps {
		if a.status != appActive {
			continue
		}
		i := slices.IndexFunc(s.appUsers(a), func(au assignedUser) bool { return au.userID == u.id })
		if i < 0 {
			continue
		}
		name := str(a.body, "name")
		out = append(out, map[string]any{
			"id":               s.ids.random(3) + a.id[3:],
			"label":            str(a.body, "label"),
			"linkUrl":          s.URL + "/home/" + name + "/" + a.id + "/" + s.ids.random(4),
			"logoUrl":          s.URL + "/assets/img/logos/default.png",
			"appName":          name,
			"appInstanceId":    a.id,
			"appAssignmentId":  "0ua" + s.ids.random(17),
			"credentialsSetup": false,
			"hidden":           false,
			"sortOrder":        len(out),
		})
	}
	return http.StatusOK, out, nil
}

func init() {
	hooks["createResourceSetBinding"] = (*Server).createBinding
	hooks["addMembersToBinding"] = (*Server).addBindingMembers
	hooks["addResourceSetResource"] = (*Server).addResourceSetResources
}

// hrefList reads a list of links or IDs from a request body member.
func hrefList(body map[string]any, member string) []string {
	var out []string
	vs, _ := body[member].([]any)
	for _, v := range vs {
		if s, ok := v.(string); ok && s != "" {
			out = append(out, s)
		}
	}
	return out
}

// addLinked adds an item per link (or ORN) to the collection coll: Okta's members and resources carry the link
// of what they stand for.
func (s *Server) addLinked(c *call, coll []string, prefix string, refs []string) {
	key := join(coll)
	for _, ref := range refs {
		if slices.ContainsFunc(s.store.colls[key], func(it *genItem) bool {
			return str(asObject(asObject(it.obj["_links"])["self"]), "href") == ref || str(it.obj, "orn") == ref
		}) {
			continue
		}
		id, _ := s.newID(prefix)
		obj := map[string]any{"_links": map[string]any{"self": map[string]any{"href": ref}}}
		if strings.HasPrefix(ref, "orn:") {
			obj = map[string]any{"orn": ref}
		}
		s.putItem(coll, id, obj, c.now, true)
	}
}

// createBinding answers POST /api/v1/iam/resource-sets/{resourceSetId}/bindings: a binding is named by its role,
// and its members are the links sent.
func (s *Server) createBinding(c *call, segs []string) (int, any, *apiError) {
	body, err := readObject(c)
	if err != nil {
		return 0, nil, err
	}
	role := str(body, "role")
	if role == "" {
		return 0, nil, errValidation("role", "role: The role is required.")
	}
	key := join(segs) + "/" + role
	if s.store.items[key] == nil {
		s.putItem(segs, role, map[string]any{}, c.now, true)
	}
	s.addLinked(c, append(slices.Clone(segs), role, "members"), "irb", hrefList(body, "members"))
	return http.StatusOK, s.itemOut(key, s.store.items[key].obj), nil
}

// addBindingMembers answers PATCH .../bindings/{roleIdOrLabel}/members: the links in additions become members.
func (s *Server) addBindingMembers(c *call, segs []string) (int, any, *apiError) {
	body, err := readObject(c)
	if err != nil {
		return 0, nil, err
	}
	s.addLinked(c, segs, "irb", hrefList(body, "additions"))
	key := join(segs[:len(segs)-1])
	return http.StatusOK, s.itemOut(key, s.store.items[key].obj), nil
}

// addResourceSetResources answers PATCH /api/v1/iam/resource-sets/{resourceSetId}/resources: the links or ORNs in
// additions become resources of the set.
func (s *Server) addResourceSetResources(c *call, segs []string) (int, any, *apiError) {
	body, err := readObject(c)
	if err != nil {
		return 0, nil, err
	}
	s.addLinked(c, segs, "ire", hrefList(body, "additions"))
	key := join(segs[:len(segs)-1])
	return http.StatusOK, s.itemOut(key, s.store.items[key].obj), nil
}

func init() {
	for _, id := range []string{"assignGroupTargetToGroupAdminRole", "assignGroupTargetToUserRole", "assignGroupTargetRoleForClient"} {
		hooks[id] = (*Server).assignGroupTarget
	}
	for _, id := range []string{"listGroupTargetsForGroupRole", "listGroupTargetsForRole", "listGroupTargetRoleForClient"} {
		hooks[id] = (*Server).listGroupTargets
	}
	hooks["assignGroupOwner"] = (*Server).assignGroupOwner
}

// assignGroupTarget answers PUT .../roles/{roleId}/targets/groups/{groupId}: the role now applies to that group,
// which must exist.
func (s *Server) assignGroupTarget(c *call, segs []string) (int, any, *apiError) {
	id := segs[len(segs)-1]
	if s.groupsByID[id] == nil {
		return 0, nil, errNotFound(id, "UserGroup")
	}
	if s.store.items[join(segs)] == nil {
		s.putItem(segs[:len(segs)-1], id, map[string]any{}, c.now, true)
	}
	return http.StatusNoContent, nil, nil
}

// listGroupTargets answers GET .../roles/{roleId}/targets/groups: the groups the role applies to, as Groups.
func (s *Server) listGroupTargets(c *call, segs []string) (int, any, *apiError) {
	out := []any{}
	for _, it := range s.store.colls[join(segs)] {
		if g := s.groupsByID[it.id]; g != nil {
			out = append(out, s.groupOut(g))
		}
	}
	return http.StatusOK, out, nil
}

// assignGroupOwner answers POST /api/v1/groups/{groupId}/owners: the user (or group) named by id becomes an owner,
// with its display name, as Okta shows owners.
func (s *Server) assignGroupOwner(c *call, segs []string) (int, any, *apiError) {
	body, err := readObject(c)
	if err != nil {
		return 0, nil, err
	}
	id, typ := str(body, "id"), str(body, "type")
	if typ == "" {
		typ = "USER"
	}
	owner := map[string]any{"id": id, "type": typ, "originType": "OKTA_DIRECTORY", "resolved": true}
	switch typ {
	case "USER":
		u := s.findUser(id)
		if u == nil {
			return 0, nil, errNotFound(id, "User")
		}
		owner["id"], owner["displayName"] = u.id, u.login()
	case "GROUP":
		g := s.groupsByID[id]
		if g == nil {
			return 0, nil, errNotFound(id, "UserGroup")
		}
		owner["displayName"] = g.name()
	}
	it := s.putItem(segs, str(owner, "id"), owner, c.now, true)
	return http.StatusCreated, s.itemOut(join(segs)+"/"+it.id, it.obj), nil
}
