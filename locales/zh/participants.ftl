# 欧洲社会基金+ 的参与者表格：只有数字，从不写名字。

ps-intro =
    { $who ->
        [child]
            📊 资助方想了解的几个问题（关于 { $child }）
            服务处的经费来自欧洲社会基金+，经由皮埃蒙特大区拨付；他们要求我们统计参与的人：女性和男性、年龄、学历。您代 { $child } 回答。
            • 我们只对外提供统计数字，绝不提供名字。
            • 每个问题都可以选“我不想说”。
            • 发送 /mydata 查看回答，发送 /forget 删除回答。
            您愿意回答吗？只需要一分钟。
       *[self]
            📊 资助方想了解的几个问题
            服务处的经费来自欧洲社会基金+，经由皮埃蒙特大区拨付；他们要求我们统计参与的人：女性和男性、年龄、工作、学历。
            • 我们只对外提供统计数字，绝不提供您的名字。
            • 每个问题都可以选“我不想说”。
            • 发送 /mydata 查看回答，发送 /forget 删除回答。
            您愿意回答吗？只需要一分钟。
    }
ps-consent-yes = ✅ 好，我来回答
ps-consent-no = 不用了，谢谢
ps-declined = 好的：我们什么都不保存，也不会再问您。您的预约不变。
ps-done = 谢谢！回答已保存：发送 /mydata 查看，发送 /forget 删除。

ps-q-gender =
    { $who ->
        [child] { $child } 是……
       *[self] 您是……
    }
ps-q-age =
    { $who ->
        [child] { $child } 多大了？
       *[self] 您的年龄是？
    }
ps-q-labour =
    { $who ->
        [child] { $child } 有工作吗？
       *[self] 您有工作吗？
    }
ps-q-joblessFor =
    { $who ->
        [child] { $child } 找工作多久了？
       *[self] 您找工作多久了？
    }
ps-q-education =
    { $who ->
        [child] { $child } 目前读到什么学校？
       *[self] 您读到什么学校？
    }
ps-q-thirdCountry =
    { $who ->
        [child] { $child } 是欧盟以外国家的公民吗？
       *[self] 您是欧盟以外国家的公民吗？
    }
ps-q-foreignBackground =
    { $who ->
        [child] { $child } 或其父母中的一方是在意大利以外出生的吗？
       *[self] 您或您父母中的一方是在意大利以外出生的吗？
    }
ps-q-homeless =
    { $who ->
        [child] { $child } 现在是否没有稳定的住处（露宿街头、住收容所、借住别人家或面临被驱逐）？
       *[self] 您现在是否没有稳定的住处（露宿街头、住收容所、借住别人家或面临被驱逐）？
    }
ps-q-disability =
    { $who ->
        [child] { $child } 有残疾吗？
       *[self] 您有残疾吗？
    }
ps-q-minority =
    { $who ->
        [child] { $child } 属于少数群体吗？例如罗姆人或辛提人。
       *[self] 您属于少数群体吗？例如罗姆人或辛提人。
    }

ps-a-woman = 女性／女孩
ps-a-man = 男性／男孩
ps-a-non-binary = 非二元性别
ps-a-under-18 = 不满18岁
ps-a-18-24 = 18至24岁
ps-a-25-29 = 25至29岁
ps-a-30-54 = 30至54岁
ps-a-55-plus = 55岁及以上
ps-a-employed = 💼 有（包括自雇）
ps-a-unemployed = 🔎 没有，正在找工作
ps-a-inactive = 🏠 没有，也不找
ps-a-under-6m = 不到6个月
ps-a-6-12m = 6到12个月
ps-a-over-12m = 超过12个月
ps-a-isced-0-2 = 初中及以下
ps-a-isced-3-4 = 高中或职业学校
ps-a-isced-5-8 = 大学及以上
ps-a-yes = 是
ps-a-no = 否
ps-a-declined = 🤐 我不想说

ps-sensitive-intro =
    { $who ->
        [child]
            还有两个问题，关于 { $child } 的健康和出身。这些是敏感信息：只有您同意我们才问，而且只用来统计人数，不记名字。
            您也愿意回答这两个问题吗？
       *[self]
            还有两个问题，关于健康和出身。这些是敏感信息：只有您同意我们才问，而且只用来统计人数，不记名字。
            您也愿意回答这两个问题吗？
    }
ps-sensitive-yes = ✅ 好，我同意
ps-sensitive-no = 不，跳过这两个问题

ps-mydata-title = 资助方想了解的问题
ps-mydata-self = 关于您
ps-mydata-child = 关于 { $child }
ps-mydata-declined = 您选择了不回答：我们没有保存任何回答。
ps-mydata-pending = 没有回答。
ps-mydata-sensitive = 您同意了关于健康和出身的问题。
ps-label-gender = 性别
ps-label-age = 年龄
ps-label-labour = 工作
ps-label-joblessFor = 找工作时长
ps-label-education = 学历
ps-label-thirdCountry = 欧盟以外国家的公民
ps-label-foreignBackground = 在意大利以外出生（本人或父母一方）
ps-label-homeless = 没有稳定住处
ps-label-disability = 残疾
ps-label-minority = 少数群体
