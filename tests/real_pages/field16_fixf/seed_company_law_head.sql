BEGIN;

INSERT INTO documents (
  slug, doc_type, jurisdiction, title, title_normalized, issuing_body,
  publish_date, effective_date, status, summary
) VALUES
  (
    'doc_cn_company_law',
    'law',
    'CN_MAINLAND',
    '中华人民共和国公司法',
    '中华人民共和国公司法',
    '全国人民代表大会常务委员会',
    '1993-12-29',
    '1994-07-01',
    'effective',
    '大陆公司法主文档，版本覆盖 1993 制定、1999/2004/2013/2018 修正、2005/2023 全面修订。'
  ),
  (
    'doc_cn_company_law_2023_materials',
    'explanation',
    'CN_MAINLAND',
    '新公司法学习宣传材料汇编',
    '新公司法学习宣传材料汇编',
    '中国证监会湖北监管局',
    '2024-01-01',
    NULL,
    'historical',
    '用于理解 2023 年公司法修订背景、制度亮点和监管语境的材料。'
  ),
  (
    'doc_cn_company_registration_reform_2013',
    'policy',
    'CN_MAINLAND',
    '注册资本登记制度改革及商事制度改革背景',
    '注册资本登记制度改革及商事制度改革背景',
    '国务院及市场监管体系',
    '2013-10-01',
    NULL,
    'historical',
    '用于关联 2013 年公司法资本制度修正的政策背景。'
  ),
  (
    'doc_sg_company_law_comparative_material',
    'article',
    'SG',
    '新加坡公司法比较法影响材料',
    '新加坡公司法比较法影响材料',
    NULL,
    NULL,
    NULL,
    'unknown',
    '占位文档：只用于承载经来源证明的新加坡公司法比较法影响，不代表已确认官方立法来源。'
  )
ON CONFLICT (slug) DO UPDATE SET
  title = EXCLUDED.title,
  summary = EXCLUDED.summary,
  updated_at = now();

